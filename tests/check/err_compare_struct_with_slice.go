package main

import "fmt"

type Bag struct {
	Items []string
}

func main() {
	a, b := Bag{}, Bag{}
	fmt.Println(a == b)
	x, y := [2][]int{}, [2][]int{}
	fmt.Println(x == y)
}
