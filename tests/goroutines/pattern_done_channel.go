package main

import (
	"fmt"
	"sync"
)

// Workers stop when done is closed; each reports how it ended.
func main() {
	done := make(chan struct{})
	work := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	handled := 0
	stoppedByDone := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					mu.Lock()
					stoppedByDone++
					mu.Unlock()
					return
				case <-work:
					mu.Lock()
					handled++
					mu.Unlock()
				}
			}
		}()
	}
	for i := 0; i < 50; i++ {
		work <- i
	}
	close(done)
	wg.Wait()
	fmt.Println("handled:", handled, "stopped by done:", stoppedByDone)
}
