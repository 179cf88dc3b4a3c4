package main

import "fmt"

func sum(nums ...int) int { return len(nums) }

func pair(a, b int) int { return a + b }

func main() {
	xs := []int{1, 2}
	fmt.Println(pair(xs...))
	fmt.Println(sum(1, xs...))
	var ys []int64
	fmt.Println(sum(ys...))
}
