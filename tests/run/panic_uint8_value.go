package main

import "fmt"

// An unnamed uint8 panic value prints as a bare number.
func main() {
	defer fmt.Println("deferred runs before crash")
	var x uint8 = 200
	x += 0
	panic(x)
}
