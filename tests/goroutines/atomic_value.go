package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

// atomic.Value holds a snapshot that readers load without locks.
func main() {
	var v atomic.Value
	fmt.Println("empty Load:", v.Load())
	v.Store(config{"initial", 1})
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 2; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock() // serialize writers; readers stay lock-free
			cur := v.Load().(config)
			v.Store(config{"updated", cur.version + 1})
			mu.Unlock()
		}()
	}
	wg.Wait()
	c := v.Load().(config)
	fmt.Println(c.name, c.version)
	old := v.Swap(config{"swapped", 100})
	fmt.Println("Swap returned version", old.(config).version)
	fmt.Println("CAS:", v.CompareAndSwap(config{"swapped", 100}, config{"final", 101}))
	fmt.Printf("%+v\n", v.Load())
}
