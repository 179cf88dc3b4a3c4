package main

import (
	"fmt"
	"runtime"
	"time"
)

// Fix 1: give the channel room for every sender.
func request() int {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() {
			ch <- i
		}()
	}
	return <-ch
}

func main() {
	before := runtime.NumGoroutine()
	v := request()
	for i := 0; i < 500 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(time.Millisecond)
	}
	after := runtime.NumGoroutine()
	fmt.Println("got a response:", v >= 0 && v < 5)
	fmt.Println("Number of goroutines leaked:", after-before)
}
