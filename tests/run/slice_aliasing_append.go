package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3])
	x := []int{1, 2, 3}
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(y[3], z[3])
	y[0] = 100
	fmt.Println(x[0], y[0], z[0])
	base := []int{1, 2, 3, 4, 5}
	head := base[:2]
	head = append(head, 99)
	fmt.Println(base, head)
	s := base[1:3]
	s[0] = -1
	fmt.Println(base)
	modify := func(s []int) { s[0] = 777 }
	modify(base)
	fmt.Println(base[0])
	grow := func(s []int) { s = append(s, 1); s[0] = 555 }
	grow(base)
	fmt.Println(base[0], len(base))
}
