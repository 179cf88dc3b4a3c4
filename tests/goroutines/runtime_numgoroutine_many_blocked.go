package main

import (
	"fmt"
	"runtime"
	"sync"
)

// 10000 goroutines parked on one channel are cheap; closing it frees them.
func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
		}()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(gate)
	wg.Wait()
	fmt.Println("all released")
}
