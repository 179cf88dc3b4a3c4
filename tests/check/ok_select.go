package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	a <- 1
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("b", s)
	}
	select {
	case v, ok := <-a:
		fmt.Println("unexpected", v, ok)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case b <- "sent":
	}
	fmt.Println(<-b)
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("never")
	default:
		fmt.Println("nil channel never ready")
	}
}
