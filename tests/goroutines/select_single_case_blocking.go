package main

import "fmt"

// A select with one case and no default behaves like the bare operation.
func main() {
	ch := make(chan string)
	go func() {
		select {
		case ch <- "ping":
		}
	}()
	select {
	case msg := <-ch:
		fmt.Println(msg)
	}
}
