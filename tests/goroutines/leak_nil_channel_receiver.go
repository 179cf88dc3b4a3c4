package main

import (
	"fmt"
	"runtime"
)

// A goroutine receiving from a nil channel leaks: nothing can wake it.
// main finishing is enough to end the program.
func main() {
	var ch chan int // forgot make
	for i := 0; i < 3; i++ {
		go func() {
			<-ch
		}()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
