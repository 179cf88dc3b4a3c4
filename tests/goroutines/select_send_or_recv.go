package main

import "fmt"

// One select both sends and receives; the total is the same however
// the cases interleave.
func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * 2
		}
		close(out)
	}()
	next, sent, sum := 1, 0, 0
	outOpen := true
	for outOpen {
		var sendCh chan int
		if sent < 10 {
			sendCh = in
		}
		select {
		case sendCh <- next:
			next++
			sent++
			if sent == 10 {
				close(in)
			}
		case v, ok := <-out:
			if !ok {
				outOpen = false
				break
			}
			sum += v
		}
	}
	fmt.Println("sent:", sent, "sum of doubles:", sum)
}
