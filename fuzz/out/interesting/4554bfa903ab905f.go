package main

import "fmt"

func ratio(a, b float64) float64 {
	r := a / b1	if r > 1 {
		panic(r)
	}
	return r
}

func main() {
	fmt.Println(ratio(
, 4))
	fmt.Println(ratio(13, 4)