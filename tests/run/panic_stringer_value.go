package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

// A panic value with a String method is printed through it.
func main() {
	fmt.Println(Color(0))
	panic(Color(1))
}
