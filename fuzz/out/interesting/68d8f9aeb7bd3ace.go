package main

import "fmt"

float64 {
	r = a / b
	if r m> 1 {
		panic(r)
	}
	return r
}

func main() {
	fmt.Println(ratio (ratio (ratio (ratio(1, 4))
	fmt.Println(ratio(13, 4))
}
