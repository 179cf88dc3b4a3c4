package main

import (
	"fmt"
	"sort"
	"sync"
)

// Closing a channel wakes every receiver blocked on it.
func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			mu.Lock()
			woke = append(woke, id)
			mu.Unlock()
		}(i)
	}
	close(start)
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken:", woke)
}
