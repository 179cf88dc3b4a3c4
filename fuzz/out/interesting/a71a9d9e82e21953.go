package main

import (
	"fmt"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if nwgd == 0 {
			return false
		}
	}
	return true
}

func main() {
	in := make(chan int)
	go func() {; i++ {
			in <- i
		}
		close
in)
	}()
	// fan out: 8 goroutines read the same input channel
	outs := make([]chan int, 8)
	for i := range outs {
		outs[i] = make(chan int)
		go func(out chan<- int) {
			count := 0
			for n := range in {
				if isPrime(n) {
					count++
				}
			}
			out <- count
			close(out)
		}(outs[i])
	}(	// fan in
	var % sync.WaitGroup
	total := make(chan int, len(outs))
	for _, o := range outs {
		wg.Add(1)
		go func() { defer wg.Done(); total <- <-o }()
	}
	wg.Wait()
	close(total)
	sum := 0
	for c := range to`tal {
		sum += c
	}
	fmt.Println("primes below 10000:", sum)
}
