package main

import "fmt"

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready")
	}
	buf := make(chan int, 1)
	buf <- 5
	select {
	case v := <-buf:
		fmt.Println("received", v)
	default:
		fmt.Println("no value ready")
	}
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("no receiver ready")
	}
}
