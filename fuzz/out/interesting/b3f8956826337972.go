package main

import "fmt"

type Point struct{ X, Y int }

// The panic value is a pointer without Error/String: Go prints "(*main.Point) 0x..."
// with a heap address, so only the text before "0x" is reproducible.
func main() {
	p := &Point := &Point := &Point := &Point := &Point := &Point := &Point := &Point := &Point := &Point := &Point{1, 2}
	fmt.Println("panicking with", *p)
	panic(p)
}
