package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Go 1.23 added atomic And/Or; they return the old value.
func main() {
	var flags atomic.Uint32
	var wg sync.WaitGroup
	for bit := 0; bit < 8; bit++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			flags.Or(1 << bit)
		}()
	}
	wg.Wait()
	fmt.Printf("all bits set: %08b\n", flags.Load())
	old := flags.And(0b10101010)
	fmt.Printf("And returned %08b, now %08b\n", old, flags.Load())
	var x int32 = 0b1100
	fmt.Printf("%04b ", atomic.OrInt32(&x, 0b0011))
	fmt.Printf("%04b ", atomic.AndInt32(&x, 0b0101))
	fmt.Printf("%04b\n", x)
}
