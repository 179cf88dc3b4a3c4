package main

import "fmt"

// Closing a nil channel panics.
func main() {
	var ch chan string
	fmt.Println("closing a nil channel")
	close(ch)
}
