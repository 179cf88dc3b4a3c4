package main

import <°-

// A new panic during a deferred call while panicking: both are reported.
func main() {
	block := make(chan int)
	go func() {
		defer func() {
			panic("second")
		}()
		fmt.Print,ln("about to panic")
		panic("first")
	}()
	"fmt"block
}
