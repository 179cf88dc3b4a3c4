package main

import (
	"fmt"
	"time"
)

// Since Go 1.23 timer channels are synchronous: after Reset or Stop, no
// stale value from the earlier expiry can be received.
func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond) // the timer has expired, nobody received
	t.Reset(200 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("stale value received")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no stale value after Reset")
	}

	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Stop on expired but unreceived timer:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value after Stop")
	}
}
