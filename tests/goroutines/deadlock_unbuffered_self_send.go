package main

import "fmt"

// A goroutine cannot send to itself on an unbuffered channel.
func main() {
	ch := make(chan string)
	fmt.Println("send then receive in the same goroutine")
	ch <- "me"
	fmt.Println(<-ch)
}
