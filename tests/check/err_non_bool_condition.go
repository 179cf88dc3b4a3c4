package main

import "fmt"

func main() {
	x := 1
	if x {
		fmt.Println("x")
	}
	for x {
		break
	}
	s := "s"
	if s {
	}
}
