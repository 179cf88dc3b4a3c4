package main

import "fmt"

// Strict alternation with two dedicated channels.
func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Println("pong", v)
			if v >= 7 {
				close(done)
				return
			}
			ping <- v + 1
		}
	}()
	ping <- 0
	<-done
	close(ping)
}
