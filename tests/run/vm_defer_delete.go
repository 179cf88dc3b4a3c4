package main

import "fmt"

type key struct {
	a string
	b int
}

func work(m map[string]int, n map[key]bool) {
	defer delete(m, "tmp")
	defer delete(n, key{"x", 1})
	m["tmp"] = 1
	n[key{"x", 1}] = true
	fmt.Println(len(m), len(n))
}

func main() {
	m := map[string]int{"a": 1}
	n := map[key]bool{}
	work(m, n)
	fmt.Println(len(m), len(n), m)
	var nilm map[int]int
	defer delete(nilm, 3)
	k := "a"
	defer delete(m, k)
	k = "zzz"
	fmt.Println("end", m)
}
