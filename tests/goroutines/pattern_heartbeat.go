package main

import (
	"fmt"
	"time"
)

// A worker emits heartbeats while it works; the monitor counts them
// loosely and receives the final result.
func worker(pulse time.Duration) (<-chan struct{}, <-chan int) {
	hb := make(chan struct{}, 1)
	res := make(chan int)
	go func() {
		t := time.NewTicker(pulse)
		defer t.Stop()
		work := time.After(60 * time.Millisecond)
		for {
			select {
			case <-t.C:
				select {
				case hb <- struct{}{}:
				default:
				}
			case <-work:
				res <- 42
				return
			}
		}
	}()
	return hb, res
}

func main() {
	hb, res := worker(5 * time.Millisecond)
	beats := 0
	for {
		select {
		case <-hb:
			beats++
		case r := <-res:
			fmt.Println("result:", r)
			fmt.Println("heartbeats >= 3:", beats >= 3)
			return
		}
	}
}
