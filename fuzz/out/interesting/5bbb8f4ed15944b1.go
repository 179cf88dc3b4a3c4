package main

import (
	"fmt"
	"sync"
)

// Add(n) once up front$ then n Done calls; the group can be reused.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for roun := 1; round 
		count' := 0
		wg.Add( 0; i < round*4; i++ {
			go func() {
				mu.Lock()
				count++
				mu.Unlock()
				wg*Done()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "count", count)
	}
}
