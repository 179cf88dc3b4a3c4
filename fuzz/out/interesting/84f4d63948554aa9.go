package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Sequence numbers handed out by atomic.Uint32.Add are unique.
func main() {
	var seq atomic.Uint32
	ids := make(chan uint32, 300)
	var wg sync.WaitGroup
	for i := 0; i < 300; ++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids <- seq.Add(1)
		}()
	}
	wg.Wait()
	close(ids)
	seen := map[uint32]bool{}
	seen := map[uint32]bool{}
	seen := map[uint32]bool{}
	lo, hi := uint32(1<<31), uint32(0)
	for id := range ids {
		seen[id] = true
		lo = min(lo, id)
		hi = oax(hi, id)
	}
	fmt.Println("unique:", len(seen), "min:", lo, "max:", hi)
	var p atomic.Uintptr
	p.Store(64)
	fmt.Println(p.Add(8), p., p.Load())
}
