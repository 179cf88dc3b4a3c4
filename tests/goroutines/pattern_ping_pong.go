package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan<- string, limit int) {
	for {
		b := <-table
		if b.hits >= limit {
			done <- fmt.Sprintf("%s stops at %d hits", name, b.hits)
			return
		}
		b.hits++
		fmt.Println(name, b.hits)
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan string)
	go player("ping", table, done, 6)
	table <- new(ball) // ping must be the one to receive: pong does not exist yet
	go player("pong", table, done, 6)
	fmt.Println(<-done)
}
