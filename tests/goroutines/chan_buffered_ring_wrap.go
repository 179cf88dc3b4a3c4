package main

import "fmt"

// A buffered channel is a FIFO ring: interleaving sends and receives
// wraps the ring many times while keeping order.
func main() {
	ch := make(chan int, 4)
	next := 0
	var got []int
	for round := 0; round < 5; round++ {
		for len(ch) < cap(ch) {
			ch <- next
			next++
		}
		for i := 0; i < 3; i++ {
			got = append(got, <-ch)
		}
	}
	for len(ch) > 0 {
		got = append(got, <-ch)
	}
	fmt.Println(got)
	fmt.Println("sent:", next, "received:", len(got))
}
