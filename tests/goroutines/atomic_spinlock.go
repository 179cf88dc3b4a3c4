package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// A toy spinlock: CAS to acquire, Gosched while spinning.
type spinlock struct{ state atomic.Int32 }

func (l *spinlock) lock() {
	for !l.state.CompareAndSwap(0, 1) {
		runtime.Gosched()
	}
}

func (l *spinlock) unlock() { l.state.Store(0) }

func main() {
	var l spinlock
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.lock()
				counter++
				l.unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
