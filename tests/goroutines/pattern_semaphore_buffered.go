package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A buffered channel of capacity 3 lets at most 3 goroutines in at once.
func main() {
	sem := make(chan struct{}, 3)
	var active, maxActive, done atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := active.Add(1)
			for {
				m := maxActive.Load()
				if n <= m || maxActive.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			active.Add(-1)
			done.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println("done:", done.Load())
	fmt.Println("max concurrent <= 3:", maxActive.Load() <= 3)
	fmt.Println("semaphore empty:", len(sem) == 0)
}
