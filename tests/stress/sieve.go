// Stress: the concurrent prime sieve with thousands of stages (one
// goroutine and one unbuffered channel per prime), then a long linear
// pipeline of adders, then a daisy chain of 10 000 goroutines.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	// The sieve: 2000 primes, so 2000 filter goroutines stay blocked
	// when main returns.
	ch := make(chan int)
	go generate(ch)
	sum := 0
	last := 0
	for i := 0; i < 2000; i++ {
		prime := <-ch
		sum += prime
		last = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("primes: 2000, last:", last, "sum:", sum)

	// A pipeline of 3000 stages, some buffered, closed from the front.
	const stages = 3000
	first := make(chan int)
	in := first
	for s := 0; s < stages; s++ {
		var out chan int
		if s%3 == 0 {
			out = make(chan int, 4)
		} else {
			out = make(chan int)
		}
		go stage(in, out)
		in = out
	}
	go func() {
		for v := 0; v < 100; v++ {
			first <- v
		}
		close(first)
	}()
	n, total := 0, 0
	for v := range in {
		n++
		total += v
	}
	fmt.Println("pipeline values:", n, "total:", total, "want:", 100*stages+99*100/2)

	// Daisy chain: each goroutine passes 1 + what it receives to its left.
	const links = 10000
	leftmost := make(chan int)
	left := leftmost
	for i := 0; i < links; i++ {
		right := make(chan int)
		go func(l, r chan int) { l <- 1 + <-r }(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(left)
	fmt.Println("daisy chain:", <-leftmost)
}
