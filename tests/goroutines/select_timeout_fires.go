package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		slow <- "too late"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
}
