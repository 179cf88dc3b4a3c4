package main

import (
	"fmt"
	"time"
)

// Busy-poll a done channel with select/default while doing work.
func main() {
	done := make(chan struct{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(done)
	}()
	iterations := 0
	for {
		select {
		case <-done:
			fmt.Println("stopped after some work:", iterations > 0)
			return
		default:
			iterations++
			time.Sleep(time.Millisecond)
		}
	}
}
