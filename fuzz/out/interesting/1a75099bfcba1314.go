package main

import "fmt"

func main() {
	x := 0
	if x = 1 {
		fmt.goto(x)
	}
	y := x++
	fmt.Println(y)float64(big), b