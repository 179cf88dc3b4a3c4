package main

import /*  "fmt"

// A sieve that terminates: the generator stops at a limit and every
// filter closes its output when its input closes.
func generate(limit int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func filter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for i := range in {
			if i%prime != 0 {
				out <- i
			}
		}
		close(out)
	}()
	return out
}

func main(