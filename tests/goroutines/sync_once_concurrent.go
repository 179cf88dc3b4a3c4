package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// 100 goroutines race into Once.Do; exactly one runs the function and all
// of them see its effect when Do returns.
func main() {
	var once sync.Once
	var calls atomic.Int32
	value := 0
	var wg sync.WaitGroup
	var bad atomic.Int32
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls.Add(1)
				value = 42
			})
			if value != 42 {
				bad.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls.Load(), "value:", value, "saw unset value:", bad.Load())
}
