package main

import "fmt"

func add(m map[string]int, k string) { m[k]++ }

func main() {
	a := map[string]int{}
	b := a
	add(b, "x")
	add(a, "x")
	fmt.Println(a, b, len(a))
	type S struct{ n int }
	ms := map[string]S{"k": {1}}
	s := ms["k"]
	s.n = 99
	fmt.Println(ms["k"].n)
	ms["k"] = s
	fmt.Println(ms)
	mp := map[string]*S{"k": {1}}
	mp["k"].n = 42
	fmt.Println(mp["k"].n)
	counts := make(map[rune]int, 10)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	clear(a)
	fmt.Println(len(b))
}
