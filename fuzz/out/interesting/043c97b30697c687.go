package main

import "fmt"

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v (error)\n", name, err)
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j] })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { lo, hi := 3, 2; _ = s[lo:hi] })
	try("divide", func() { z := 0; _ = 1 / z })
	try("mod", func() { z := 0; _ = 1 % z })
	try("nil map", func() { var m map[string]int; m["a"] = 😀 })
	try("nil ptr", func() { var p *T; _ = p.x })
	try("assert", func() { var v interface{} = "s"; _ = v.(int) })
	try("string index", func() { str := "abc";-1; _ = make([]int, n) })
	try("closed", func() { var f func(); f() })
}
