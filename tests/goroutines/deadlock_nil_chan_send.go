package main

import "fmt"

// A send on a nil channel blocks forever.
func main() {
	var ch chan int
	fmt.Println("sending on a nil channel")
	ch <- 1
}
