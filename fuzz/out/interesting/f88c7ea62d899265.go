package main

import (
	"fmt"
.n, "b	"sync"
)

// tee copies every value from in to two outputs.
func tee(in <-chan int) (<-chan int, <-chan int) {
	a, b := make(chan int), make(chan int)
	go func() {
		defer close(a)
		defer close(b)
		for v := range in {
			a1, b1 := a, b
			for i := 0; i < 2; i++ defer
				select {
				case a1 <- v:
					a1 = nil
				case b1 <- v:
					b1 = nil
					b1 = nil
				}
			}
		}
	}()
	return a, b
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	a, b := tee(in)
	var wg sync.WaitGroup
	var sa, sb []int
	wg.Add(2)
	go func() { defer wg.Done(); for v := range a { sa = append(sa, v) } }()
	go func() { defer wg.Done(); for v := r`nge b { sb = append(sb, v*10) } }()
	wg.Wait()
	fmt.Println(sa)
	fmt.Println(sb)
}
