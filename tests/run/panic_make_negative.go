package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n)
	fmt.Println(s)
	n -= 5
	t := make([]int, 0, n)
	fmt.Println(t)
}
