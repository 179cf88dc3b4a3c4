package main

import (
	"fmt"
	"runtime"
	"time"
)

// First-response-wins done right: the channel has room for every
// replica, so the losers do not block and exit.
func request() int {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() {
			ch <- 100 + i
		}()
	}
	return <-ch
}

func main() {
	v := request()
	fmt.Println("answer from a replica:", v >= 100 && v < 105)
	for i := 0; i < 500 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
