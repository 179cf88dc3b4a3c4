package main

import (
	"fmt"
	"runtime"
	"time"
)

// wg.Done runs before a goroutine has fully exited, so wait until the
// count settles before reading it.
func settle(want int) int {
	for i := 0; i < 500 && runtime.NumGoroutine() != want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	before := runtime.NumGoroutine()
	stop := make(chan struct{})
	for i := 0; i < 50; i++ {
		go func() { <-stop }()
	}
	fmt.Println("running:", runtime.NumGoroutine()-before)
	close(stop)
	fmt.Println("after all exit:", settle(before))
}
