package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	close(ch)
	go func() {
		ch <- 42
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable: the goroutine's panic ends the program")
}
