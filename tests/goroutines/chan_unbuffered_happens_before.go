package main

import "fmt"

// A write before a send on an unbuffered channel is visible after
// the matching receive (Go memory model).
var shared []int

func main() {
	ch := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			shared = append(shared, i*i)
		}
		ch <- struct{}{}
	}()
	<-ch
	fmt.Println(shared)

	// And in the other direction: receive completes before send returns.
	ack := make(chan int)
	var note string
	go func() {
		note = "written by receiver side"
		<-ack
	}()
	ack <- 1
	_ = note
	fmt.Println("handoff done")
}
