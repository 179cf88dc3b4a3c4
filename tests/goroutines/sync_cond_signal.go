package main

import (
	"fmt"
	"sync"
)

// Signal wakes one waiter at a time; each woken goroutine takes one item.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	items := 0
	taken := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for items == 0 {
				cond.Wait()
			}
			items--
			taken++
			mu.Unlock()
		}()
	}
	for i := 0; i < 5; i++ {
		mu.Lock()
		items++
		cond.Signal()
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println("taken:", taken, "left:", items)
}
