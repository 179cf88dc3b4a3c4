package main

import "fmt"

// Pins Go's append growth formula and size-class rounding for 2-byte elements (int16).
// s is package-level so its backing array lives on the heap: a local slice
// that does not escape gets a 32-byte stack buffer on its first append instead.
var s []int16

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, int16(i))
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := make([]int16, 0, 5)
	for i := 0; i < 12; i++ {
		t = append(t, int16(i))
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
}
