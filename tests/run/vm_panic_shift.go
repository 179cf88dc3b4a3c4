package main

import "fmt"

func shift(x int, n int) int {
	fmt.Println("shifting", x, "by", n)
	return x << n
}

func main() {
	total := 0
	for n := 3; n >= -3; n-- {
		total += shift(1, n)
		fmt.Println("total", total)
	}
	fmt.Println("not reached")
}
