package main

import "fmt"

type T struct{}

func main() {
	for i := range 3.5 {
		fmt.Println(i)
	}
	var t T
	for x := range t {
		fmt.Println(x)
	}
	p := &[]int{}
	for y := range p {
		fmt.Println(y)
	}
}
