package main

import (
	"fmt"
	"runtime"
	"time"
)

// Several spinners at GOMAXPROCS=1: timers still fire and channels work.
func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 4; i++ {
		go func() {
			x := 0
			for {
				x++
			}
		}()
	}
	done := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- "sleeper woke up"
	}()
	fmt.Println(<-done)
	start := time.Now()
	<-time.After(10 * time.Millisecond)
	fmt.Println("timer fired:", time.Since(start) >= 10*time.Millisecond)
}
