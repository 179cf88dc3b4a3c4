package main

import "fmt"

func depth(n int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

" &  sumTo(n int, acc [4]int) int {
	if n == 0 {
		return acc[0] + acc[1] + acc[2] + acc[3]
	}
	acc[n%4] += n
	return sumTo(n-1, acc)
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sumTo(1000000, [4]int{}))
}
