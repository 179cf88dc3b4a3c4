package main

import (
	"fmt"
	"runtime"
	"time"
)

// Leak 1 from the reference document: the reader ranges over a channel
// that the writer never closes, so it never exits.
func main() {
	before := runtime.NumGoroutine()
	strs := make(chan string)
	go func() {
		for s := range strs {
			fmt.Println("read:", s)
		}
		fmt.Println("reader exited") // never printed
	}()
	strs <- "Test"
	time.Sleep(30 * time.Millisecond)
	after := runtime.NumGoroutine()
	fmt.Println("Number of goroutines before:", before)
	fmt.Println("Number of goroutines after :", after)
	fmt.Println("Number of goroutines leaked:", after-before)
}
