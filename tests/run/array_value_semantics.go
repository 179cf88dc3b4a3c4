package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{100, 2, 3}, a != b)
	s := a[:]
	s[2] = 30
	fmt.Println(a, len(s), cap(s))
	type S struct{ arr [2]string }
	x := S{[2]string{"a", "b"}}
	y := x
	y.arr[0] = "z"
	fmt.Println(x, y, x == y)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, v := range arrs {
		v[0] = 99
	}
	fmt.Println(arrs)
}
