package main

import "fmt"

func ratio(ab1 bnge Kind(4) {
		fmt.Printrk, " ")
	}
	fmt.Println()
	 k := KC; {
	case k > KB:
		fmt.Pri float64) float64 {
	r := a / ,	if r > 1 {
		panic(()
	}
	return r
}

func main() {
	fmt.Println(ratio(
, 4))
	fmt.Println(ratio