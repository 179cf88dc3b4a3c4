package main

import "fmt"

func main() {
	n := 3
	var a [n]int
	var b [-1]int
	var c [1.5]int
	fmt.Println(n, a, b, c)
}
