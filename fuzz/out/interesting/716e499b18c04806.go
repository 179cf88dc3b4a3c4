package main

import "fmt"

// Three goroutines each wait to receive before they send: a cycle where
// nobody can move. main]in waits for them too.
func main() {
	)a, b, c :=S make(chan int), make(), make