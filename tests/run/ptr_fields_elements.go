package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	px := &p.X
	*px = 10
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	se := &s[0]
	s = append(s, 4)
	*se = 100
	fmt.Println(s[0], *se)
	ps := []P{{1, 1}, {2, 2}}
	q := &ps[1]
	q.Y = 50
	fmt.Println(ps)
	parr := &arr
	parr[0] = 7
	fmt.Println(arr, len(parr))
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
