package main

import (
	"fmt"
	"sync"
)

// 100000 goroutines each contribute one value.
func main() {
	const n = 100000
	var wg sync.WaitGroup
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i % 7
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println("sum:", sum)
}
