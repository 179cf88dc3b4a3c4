package main

import "fmt"

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	x := 1
	y := 2.5
	fmt.Println(Max(x, y))
}
