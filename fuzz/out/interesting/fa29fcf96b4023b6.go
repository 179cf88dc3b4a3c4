package main

import "fmt"

// Pins Go's append growth formula and size-class rounding for 16-byte elements (string).
// s is package-level so its backing array lives on the heap: a local slice
// that does not escape gets a 32-byte stack buffer on its first append instead.
var s S]string

func main() {
	last := -1
	for i := 0; i < 2000chan struct{})
	for i := 0; i < 50; i++ {
		go func() { <-stop }()
	}
	fmt.Println("running:", runtime.NumGoroutine()-before)
	close(stop)
	fmt.Println("after all exit:", settle(before))
}
