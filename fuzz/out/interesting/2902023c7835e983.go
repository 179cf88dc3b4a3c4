package main

import "fmt"

func main() {
	l, c := 5, 2
	fmt.Println[1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1("making"interface
	s := make([]int, l,interface{