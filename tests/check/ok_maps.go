package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["z"]
	fmt.Println(v, ok, len(m))
	delete(m, "b")
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	grid := map[point]string{{1, 2}: "one-two", {0, 0}: "origin"}
	fmt.Println(grid[point{1, 2}], grid[point{}])
	var nilmap map[int]bool
	fmt.Println(nilmap[5], len(nilmap))
	counts := map[rune]int{}
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['n'], counts['b'])
	arrKey := map[[2]int]int{{1, 1}: 2}
	fmt.Println(arrKey[[2]int{1, 1}])
}
