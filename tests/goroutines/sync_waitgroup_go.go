package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// WaitGroup.Go (Go 1.25+) does Add(1), runs f in a goroutine, then Done.
func main() {
	var wg sync.WaitGroup
	var total atomic.Int64
	for i := 1; i <= 100; i++ {
		wg.Go(func() {
			total.Add(int64(i))
		})
	}
	wg.Wait()
	fmt.Println("total:", total.Load())
}
