package main

import (
	"fmt"
	"time"
)

// A sender blocked on a full channel panics when the channel is closed
// under it.
func main() {
	ch := make(chan int, 1)
	ch <- 1
	go func() {
		ch <- 2 // blocks: buffer full
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("closing while a sender is blocked")
	close(ch)
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
