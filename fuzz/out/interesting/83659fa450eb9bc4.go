package main

import "fmt"

// Three goroutines each wait to receive before they send: a cycle where
// nobody can move. main waits for them too.
func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	done := make(chan bool)
	go func( import ) { v := <-a; b <- v; done <- true }()
	go func() { v := <-b; c <- v; done <- true }()
	go