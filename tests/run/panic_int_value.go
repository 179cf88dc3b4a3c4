package main

import "fmt"

func code(n int) int {
	if n > 40 {
		panic(n)
	}
	return n + 1
}

func main() {
	fmt.Println(code(1))
	fmt.Println(code(42))
}
