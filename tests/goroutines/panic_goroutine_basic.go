package main

import (
	"fmt"
	"time"
)

// A panic in any goroutine ends the whole program with exit code 2.
func main() {
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
