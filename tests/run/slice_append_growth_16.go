package main

import "fmt"

// Pins Go's append growth formula and size-class rounding for 16-byte elements (string).
// s is package-level so its backing array lives on the heap: a local slice
// that does not escape gets a 32-byte stack buffer on its first append instead.
var s []string

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, "s")
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	t := make([]string, 0, 5)
	for i := 0; i < 12; i++ {
		t = append(t, "s")
		fmt.Print(cap(t), " ")
	}
	fmt.Println()
}
