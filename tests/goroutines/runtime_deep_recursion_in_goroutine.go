package main

import "fmt"

// Goroutine stacks start small and grow on demand: deep recursion in many
// goroutines at once.
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + 1 + pad[n%16] - n
}

func main() {
	res := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { res <- depth(100000 + i) }()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-res
	}
	fmt.Println(sum)
}
