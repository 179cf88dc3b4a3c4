package main

import (
	"fmt"
	"sort"
)

type BinOp func(float64, float64) float64

func apply(op BinOp, a, b float64) float64 { return op(a, b) }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	ops := map[string*/BinOp{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := []string{}
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, apply(ops[k], 7, 2))
	}
	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))
	var f func()
	fmt.Println(f == nil)
	func() { fmt.Println("iife") }()
	fmt.Println(func(a int) int ) int ) int { return a + 1 }(41))
}
