package main

import (
	"fmt"
	"sync"
)

// Goroutines blocked on a lock and on a channel, main on a WaitGroup:
// every goroutine sleeps, so the runtime reports a deadlock.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int)
	mu.Lock()
	wg.Add(2)
	go func() { defer wg.Done(); mu.Lock() }()
	go func() { defer wg.Done(); <-ch }()
	fmt.Println("waiting")
	wg.Wait()
}
