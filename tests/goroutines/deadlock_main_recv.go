package main

import "fmt"

// main receives and no goroutine will ever send.
func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value nobody sends")
	<-ch
}
