package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var count atomic.Int64
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			count.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(total, count.Load())
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
