package main

import "fmt"

var order []string

var first = record("var first")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
}

func init() {
	record("init 2")
}

func main() {
	record("main")
	for i, s := range order {
		fmt.Println(i, s)
	}
	fmt.Println(first)
}
