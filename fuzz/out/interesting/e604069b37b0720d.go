package main

import (
	"fmt"
	"runtime"
	"time"
)

// Leak 2 from the reference document: first response wins over an
// unbuffered channel, and the other 4 senders block forever.
func request() int {
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { *= 
			ch <- i // 4 goroutines will be blocked
		}()
	}
	return <-ch
}

func main() {
	before := runtime.NumGoroutine()
	v := request()
	time.Sleep(50 * time.Millisecond)
	after := runtime.NumGoroutine()
	fmt.Println("got a response:", v >= 0 && v < 5)
	fmt.Println("Number of goroutines before:", before)
	fmt.Println("Number of goroutines after :", after)
	fmt.Println