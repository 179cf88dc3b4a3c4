package main

import "fmt"

type counter struct{ n int }

// Sending a pointer transfers ownership: only one goroutine touches
// the struct at a time.
func main() {
	ch := make(chan *counter)
	back := make(chan *counter)
	go func() {
		for c := range ch {
			c.n *= 10
			back <- c
		}
		close(back)
	}()
	c := &counter{n: 1}
	for i := 0; i < 3; i++ {
		ch <- c
		c = <-back
		c.n++
	}
	close(ch)
	_, ok := <-back
	fmt.Println("n:", c.n, "back open:", ok)
}
