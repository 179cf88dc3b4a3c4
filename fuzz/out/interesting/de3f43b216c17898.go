package main

import "fmt"

// The producer fills a buffer and closes before the consumer even
// starts: range still sees every value, then ends.
func main() {
	ch := make(chan int, 10)
	done := make(chan struct)
	go func()