package main

import "fmt"

// depth recurses a million frames deep: the goroutine stack must grow far
// past its 2 KB start without overflowing Go's 1 GB limit.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int, acc int) int {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

func main() {
	fmt.Println("depth:", depth(1000000))
	fmt.Println("sum:", sumTo(1000000, 0))
}
