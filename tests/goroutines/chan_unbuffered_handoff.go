package main

import "fmt"

// An unbuffered channel hands a value directly from sender to receiver:
// the send completes only when the receiver takes it.
func main() {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		msg := <-ch
		fmt.Println("received:", msg)
		done <- true
	}()
	ch <- "hello"
	<-done
	fmt.Println("len:", len(ch), "cap:", cap(ch))
}
