package main

import "fmt"

// Split a slice into chunks, sum each in its own goroutine.
func main() {
	data := make([]int, 1000)
	for i := range data {
		data[i] = i + 1
	}
	const parts = 7
	sums := make(chan int, parts)
	chunk := (len(data) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo := p * chunk
		hi := min(lo+chunk, len(data))
		go func(xs []int) {
			s := 0
			for _, x := range xs {
				s += x
			}
			sums <- s
		}(data[lo:hi])
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-sums
	}
	fmt.Println("total:", total)
}
