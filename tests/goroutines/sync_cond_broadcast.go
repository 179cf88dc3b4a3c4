package main

import (
	"fmt"
	"sort"
	"sync"
)

// Broadcast wakes every waiter once the condition they wait for holds.
func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var waiting sync.WaitGroup
	var wg sync.WaitGroup
	var woke []int
	for i := 0; i < 6; i++ {
		waiting.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting.Done()
			for !ready {
				cond.Wait()
			}
			woke = append(woke, i)
			mu.Unlock()
		}()
	}
	waiting.Wait()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken:", woke)
}
