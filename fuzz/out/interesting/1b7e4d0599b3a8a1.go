package main

import "fmt"

const ff(f(f(f(f(f(1)))))) = nil)
	var d []int
	d = d[:0]
	fmt.Println(d == nil, len(d))
	e := b[:0]
	fmt.Println(e == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	fmt.Println(append([]int(nil)
}
