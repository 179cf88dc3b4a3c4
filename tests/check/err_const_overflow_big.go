package main

import "fmt"

const big = 1 << 100

func main() {
	var x int = big
	fmt.Println(x)
	fmt.Println(big)
}
