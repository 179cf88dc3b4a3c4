package main

import (
	"fmt"
	"runtime"
)

// The fix: the writer closes the channel, and the reader's range ends.
func main() {
	before := runtime.NumGoroutine()
	strs := make(chan string)
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		for s := range strs {
			fmt.Println("read:", s)
		}
		fmt.Println("reader exited")
	}()
	strs <- "Test"
	close(strs)
	<-exited
	for runtime.NumGoroutine() > before {
		runtime.Gosched()
	}
	fmt.Println("Number of goroutines leaked:", runtime.NumGoroutine()-before)
}
