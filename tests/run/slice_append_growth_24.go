package main

import "fmt"

// Pins Go's append growth formula and size-class rounding for 24-byte elements ([]int).
// s is package-level so its backing array lives on the heap: a local slice
// that does not escape gets a 32-byte stack buffer on its first append instead.
var s [][]int

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, nil)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := make([][]int, 0, 5)
	for i := 0; i < 12; i++ {
		t = append(t, nil)
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
}
