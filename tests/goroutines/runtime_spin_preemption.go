package main

import (
	"fmt"
	"runtime"
	"time"
)

// A goroutine spinning in an empty for loop never yields on its own;
// preemption still lets main run and finish, even with one P.
func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main finished despite the spinning goroutine")
}
