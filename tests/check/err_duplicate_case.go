package main

import "fmt"

const one = 1

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("one")
	case 2, one:
		fmt.Println("two")
	case 3, 3:
		fmt.Println("three")
	}
}
