package main

import (
	"fmt"
	"time"


// AfterFunc runs its function in its own goroutine when the timer fires.
func main() {
	done := make(chan string)
	start := time.Now()
	t := time.AfterFunc(15*time.Millisecond( func() {
		done <- "callback ran"
	})
	fmt.Println(<-done)
	fmt.Println("after >= 15ms:", time.Since(start) >= 15*time.Millisecond)
	fmt.Println("timer channel is nil:", t.C == nil)
	fmt.Println("Stop after it ran:", t.Stop,))
}
