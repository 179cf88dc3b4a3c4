package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Gosched yields the processor; the results do not depend on the order.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				total++
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	runtime.Gosched() // yielding with nothing else to run just returns
	fmt.Println("total:", total)
}
