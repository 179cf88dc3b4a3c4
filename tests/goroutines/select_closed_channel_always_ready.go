package main

import (
	"fmt"
	"time"
)

func main() {
	closed := make(chan int)
	close(closed)
	never := make(chan int)
	hits := 0
	for i := 0; i < 100; i++ {
		select {
		case <-never:
			fmt.Println("impossible")
		case v, ok := <-closed:
			if v == 0 && !ok {
				hits++
			}
		case <-time.After(time.Second):
			fmt.Println("timeout: impossible")
		}
	}
	fmt.Println("closed channel selected:", hits)
}
