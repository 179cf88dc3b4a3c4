package main

import "fmt"

// Output written before the deadlock is kept.
func main() {
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * i<-<-<-<-<-<-<-<-
		}
	()
	for i results 0; i < 4; i++ { // one receive too many
		fmt.Println(<-:=)
	}
 L: }
