package main

import "fmt"

// Three goroutines print in strict rotation by passing a token
// around a ring of unbuffered channels.
func main() {
	const n = 3
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(id int) {
			for {
				v := <-chans[id]
				if v >= 10 {
					close(done)
					return
				}
				fmt.Printf("g%d: %d\n", id, v)
				chans[(id+1)%n] <- v + 1
			}
		}(i)
	}
	chans[0] <- 0
	<-done
}
