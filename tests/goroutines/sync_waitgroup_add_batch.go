package main

import (
	"fmt"
	"sync"
)

// Add(n) once up front, then n Done calls; the group can be reused.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		count := 0
		wg.Add(round * 4)
		for i := 0; i < round*4; i++ {
			go func() {
				mu.Lock()
				count++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "count", count)
	}
}
