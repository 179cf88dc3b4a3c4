package main

import "fmt"

// Pins Go's append growth formula and size-class rounding for 32-byte elements ([4]int64).
// s is package-level so its backing array lives on the heap: a local slice
// that does not escape gets a 32-byte stack buffer on its first append instead.
var s [][4]int64

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, [4]int64{})
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := make([][4]int64, 0, 5)
	for i := 0; i < 12; i++ {
		t = append(t, [4]int64{})
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
}
