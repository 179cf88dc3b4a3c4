package main

import "fmt"

func main() {
	a := [...]string{"x", "y", "z"}
	fmt.Println(len(a), a)
	b := [5]int{1: 10, 3: 30}
	fmt.Println(b)
	c := [...]int{4: 1, 2}
	fmt.Println(len(c), c)
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	qs := ps
	fmt.Println(ps == qs)
	qs[1].Y = 5
	fmt.Println(ps == qs, ps, qs)
	var zero [0]int
	fmt.Println(len(zero), zero)
	fmt.Printf("%v %T\n", a, a)
	e := [3]interface{}{1, "a", nil}
	f := [3]interface{}{1, "a", nil}
	fmt.Println(e == f)
	var arr [4]byte
	copy(arr[:], "hey!")
	fmt.Println(arr, string(arr[:]))
}
