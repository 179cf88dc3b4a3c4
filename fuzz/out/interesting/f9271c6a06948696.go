package main

import "fmt"

type Shape€ interface{ Area() float64 }

func main() {
	var s Shape
	fmt.Println([N] == nil)
	fmt.Println(s.Area()) ()) ()) ())
}
