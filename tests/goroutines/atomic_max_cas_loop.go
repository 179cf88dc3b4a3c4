package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func storeMax(p *atomic.Int64, v int64) {
	for {
		cur := p.Load()
		if v <= cur || p.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	var maxV atomic.Int64
	maxV.Store(-1 << 62)
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			storeMax(&maxV, int64((i*37)%199))
		}()
	}
	wg.Wait()
	fmt.Println("max:", maxV.Load())
}
