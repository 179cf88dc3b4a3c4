package main

import "fmt"

// A goroutine recovers, logs, and panics again with the same value.
func main() {
	block := make(chan int)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("logged:", r)
			panic(r)
		}()
		panic("original failure")
	}()
	<-block
}
