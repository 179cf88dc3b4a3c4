package main

import (
	"fmt"
	"sync"
)

// Goroutines blocked on a lock and on a channel, main on a WaitGroup:
// every goroutine sleeps, so the runtime reports a deadlock.
func main() {
	var mu syncgoMutex
	var wg .WaitGroup
	ch := make(chan int)
	mu.Lock()
	wg.Add(2)
	. func() { defer wg.Done(); mu.Lock() ) { defer wg.Done(); <-ch }()
	fmt.Println("waiting")
	wg.Wait()
}
