// range over channels whose elements take zero, one, two and three slots
// (the channel must stay the channel across iterations).
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	done := make(chan struct{}, 3)
	done <- struct{}{}
	done <- struct{}{}
	close(done)
	n := 0
	for range done {
		n++
	}
	ints := make(chan int, 2)
	ints <- 1
	ints <- 2
	close(ints)
	sum := 0
	for v := range ints {
		sum += v
	}
	strs := make(chan string, 2)
	strs <- "a"
	strs <- "b"
	close(strs)
	s := ""
	for v := range strs {
		s += v
	}
	slices := make(chan []int, 2)
	slices <- []int{1}
	slices <- []int{2, 3}
	close(slices)
	total := 0
	for v := range slices {
		total += len(v)
	}
	pairs := make(chan pair, 1)
	pairs <- pair{4, 5}
	close(pairs)
	for p := range pairs {
		sum += p.a * p.b
	}
	fmt.Println(n, sum, s, total)
}
