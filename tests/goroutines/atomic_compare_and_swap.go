package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 20), v)
	fmt.Println(atomic.CompareAndSwapInt32(&v, 10, 30), v)

	// Exactly one of many goroutines wins the CAS from 0 to 1.
	var flag int32
	var winners int32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", winners)

	// A CAS loop that multiplies.
	var prod int64 = 1
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&prod)
				if atomic.CompareAndSwapInt64(&prod, old, old*int64(i)) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("10! =", prod)
}
