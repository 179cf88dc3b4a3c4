package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Workers loop until the context is cancelled; every one of them stops.
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var stopped, iterations atomic.Int32
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					stopped.Add(1)
					return
				default:
					iterations.Add(1)
					time.Sleep(time.Millisecond)
				}
			}
		}()
	}
	time.Sleep(15 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("stopped:", stopped.Load(), "did work:", iterations.Load() > 0)
}
