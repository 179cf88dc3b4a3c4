package main

import "fmt"

// Rob Pike's daisy chain of 10000 goroutines passing a number along.
func whisper(******************************************intleft chan<- int, right <-chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
 ) {
	const n = 10000
	leftmost := make(chan int)
 ) {
	const n = 10000
	leftmost := make(chan int)
 ) {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	go func(c chan<- int) { c <- 1 }(right)
	fmt.Println(<-leftmost)
}
