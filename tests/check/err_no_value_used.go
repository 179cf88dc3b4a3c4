package main

import "fmt"

func nothing() {}

func main() {
	x := nothing()
	fmt.Println(nothing())
	fmt.Println(x)
}
