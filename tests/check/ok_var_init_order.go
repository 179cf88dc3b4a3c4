package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

func f(name string) int {
	d++
	fmt.Println("init", name, d)
	return d
}

func main() {
	fmt.Println(a, b, c, d)
}
