package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

// A tight loop polling an atomic flag; main (sharing one P) sets it.
func main() {
	runtime.GOMAXPROCS(1)
	var stop atomic.Bool
	result := make(chan bool)
	go func() {
		n := 0
		for !stop.Load() {
			n++
		}
		result <- n > 0
	}()
	time.Sleep(15 * time.Millisecond)
	stop.Store(true)
	fmt.Println("spinner stopped, counted:", <-result)
}
