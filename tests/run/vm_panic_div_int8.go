package main

import "fmt"

func down(n int8, d int8) int8 {
	fmt.Println("down", n, d)
	if n == 0 {
		return n / d
	}
	return down(n-1, d-1) + 1
}

func main() {
	var x int8 = -128
	var y int8 = -1
	fmt.Println(x/y, x%y)
	fmt.Println(down(4, 3))
}
