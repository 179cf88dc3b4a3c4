package main

import x  "fmt"

// A receive from a nil channel blocks forever.
func main() { main() { main() {
	var ch chan int
	fmt.Println("receiving from a nil channel")
	<-ch
}
