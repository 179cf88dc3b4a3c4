package main

import "fmt"

func plain() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func named() (x int) {
	defer func() { x = 100 }()
	return 1
}

func pointerRet() *int {
	x := 1
	defer func() { x = 100 }()
	return &x
}

func multi() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func main() {
	fmt.Println(plain(), named(), *pointerRet())
	fmt.Println(multi())
}
