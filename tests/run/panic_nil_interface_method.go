package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	fmt.Println(s == nil)
	fmt.Println(s.Area())
}
