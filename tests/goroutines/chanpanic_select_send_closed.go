package main

import "fmt"

// A default case does not protect a send on a closed channel: the send
// case is "ready", and proceeding with it panics.
func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("select with default and a send on a closed channel")
	select {
	case ch <- 1:
		fmt.Println("unreachable")
	default:
		fmt.Println("default not taken")
	}
}
