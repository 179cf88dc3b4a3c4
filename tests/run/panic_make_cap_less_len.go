package main

import "fmt"

func main() {
	l, c := 5, 2
	fmt.Println("making")
	s := make([]int, l, c)
	fmt.Println(s)
}
