package main

import (
	"fmt"
	"time"
)

// A for-select loop that receives until the producer goes quiet for
// longer than the timeout.
func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		// then goes silent forever
	}()
	received := 0
	timeouts := 0
loop:
	for {
		select {
		case v := <-ch:
			received += v
		case <-time.After(100 * time.Millisecond):
			timeouts++
			break loop
		}
	}
	fmt.Println("sum received:", received, "timeouts:", timeouts)
}
