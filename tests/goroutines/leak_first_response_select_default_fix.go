package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Fix 2: senders use select with default, so the losers give up instead
// of blocking. A buffer of one keeps the winner's value for the caller
// (with an unbuffered channel and default, every send could be dropped
// if the caller is not yet waiting).
func request() (int, int32) {
	ch := make(chan int, 1)
	var dropped atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case ch <- i:
			default:
				dropped.Add(1)
			}
		}()
	}
	wg.Wait()
	return <-ch, dropped.Load()
}

func main() {
	before := runtime.NumGoroutine()
	v, dropped := request()
	for i := 0; i < 500 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("got a response:", v >= 0 && v < 5)
	fmt.Println("senders that gave up:", dropped)
	fmt.Println("Number of goroutines leaked:", runtime.NumGoroutine()-before)
}
