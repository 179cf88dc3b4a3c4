package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string, 1)
	go func() {
		time.Sleep(5 * time.Millisecond)
		fast <- "result"
	}()
	select {
	case s := <-fast:
		fmt.Println("got", s)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timed out")
	}
}
