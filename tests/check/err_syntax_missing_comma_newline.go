package main

import "fmt"

func main() {
	fmt.Println("a",
		"b"
	)
	xs := []int{
		1,
		2
	}
	fmt.Println(xs)
}
