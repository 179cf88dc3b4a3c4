package main

import "fmt"

// A new panic during a deferred call while panicking: both are reported.
func main() {
	block := make(chan int)
	go func() {
		defer func() {
			panic("second")
		}()
		fmt.Println("about to panic")
		panic("first")
	}()
	<-block
}
