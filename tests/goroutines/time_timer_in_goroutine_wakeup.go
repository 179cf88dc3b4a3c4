package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// Many goroutines each wait on their own timer.
func main() {
	var mu sync.Mutex
	var fired []int
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTimer(time.Duration(i) * time.Millisecond)
			<-t.C
			mu.Lock()
			fired = append(fired, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(fired)
	fmt.Println(fired)
}
