package main

import "fmt"

func main() {
	var a, b chan int
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-a:
		case b <- 1:
		default:
			n++
		}
	}
	fmt.Println("default taken", n, "times")
}
