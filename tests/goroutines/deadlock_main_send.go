package main

import "fmt"

// main sends on an unbuffered channel and nobody receives.
func main() {
	ch := make(chan int)
	fmt.Println("sending with nobody receiving")
	ch <- 1
}
