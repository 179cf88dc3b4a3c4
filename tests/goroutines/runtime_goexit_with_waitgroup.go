package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A worker that calls Goexit still runs its deferred wg.Done.
func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 1 {
				results[i] = "exited early"
				runtime.Goexit()
			}
			results[i] = "finished"
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}
}
