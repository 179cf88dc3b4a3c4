package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	select {
	case v := <-ch:
		fmt.Println("impossible", v)
	case ch <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channel is never ready")
	}
	ch = make(chan int, 2)
	fmt.Println(ch == nil, len(ch), cap(ch))
	fmt.Printf("%T\n", ch)
}
