package main

import "fmt"

type T struct{}

func main() {
	x := 5
	x()
	var t T
	t()
	fmt.Sprint("x")()
}
