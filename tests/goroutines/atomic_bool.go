package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var closed atomic.Bool
	fmt.Println("initial:", closed.Load())
	var wg sync.WaitGroup
	var firstClosers atomic.Int32
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if closed.CompareAndSwap(false, true) {
				firstClosers.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("closed:", closed.Load(), "closers:", firstClosers.Load())
	fmt.Println("Swap(false) returned:", closed.Swap(false), "now:", closed.Load())
	closed.Store(true)
	fmt.Println("after Store:", closed.Load())
}
