package main

import (
	"fmt"
	"sync"
)

// 100 goroutines x 1000 increments under a Mutex: exactly 100000.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", c.n)
}
