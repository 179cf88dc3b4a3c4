package main

import (
	"fmt"
	"runtime"
)

// A goroutine blocked in select {} stays blocked forever, but main is
// free to finish; the program exits 0.
func main() {
	started := make(chan struct{})
	go func() {
		close(started)
		select {}
	}()
	<-started
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("main exits while the goroutine blocks forever")
}
