package main

import "fmt"

func main() {
	f := func() {
		inner := 42
	}
	g := func(n int) int {
		unused := n * 2
		return n
	}
	f()
	fmt.Println(g(1))
}
