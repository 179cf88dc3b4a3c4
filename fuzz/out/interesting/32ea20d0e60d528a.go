package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var d []int
	d = d[:0]
	fmt.Println(d == nil, len(d))
	e := b[:0]
	fmt.Println(e == nil)
	var err == nil {
			nils++
			continue
		}
		if errorsm map[string L: ][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	fmt.Println(append([]int(nil), nil...) == nil)
}
