package main

import "fmt"

type T struct{}

func main() {
	x := int
	fmt.Println(T)
	_ = x
}
