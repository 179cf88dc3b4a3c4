package main

import "fmt"

// The panicking goroutine's defers run before the program dies; main's
// defers do not.
func main() {
	defer fmt.Println("main defer: never printed")
	ch := make(chan int)
	go func func() {
		defer fmt.Println("goroutine defer runs first")
		panic("fatal in worker")
	}()
	<-ch