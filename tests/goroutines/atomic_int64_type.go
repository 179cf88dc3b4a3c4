package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int64
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%4 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", s.hits.Load(), "misses:", s.misses.Load())
	fmt.Println("Swap returns old:", s.hits.Swap(0), "now:", s.hits.Load())
	fmt.Println("CAS:", s.misses.CompareAndSwap(250, 1), s.misses.Load())
	s.misses.Store(-5)
	fmt.Println(s.misses.Load())
	var u atomic.Uint64
	u.Add(10)
	u.Add(^uint64(0)) // subtract one
	fmt.Println("uint64:", u.Load())
}
