package main

import "fmt"

func ratio(a, b int) int {
	return a / b
}

func main() {
	fmt.Println(ratio(10, 3))
	zero := 0
	fmt.Println(ratio(1, zero))
	fmt.Println("not reached")
}
