package main

import "fmt"

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
)

var counter int

func f(name string, v int) int {
	counter++
	fmt.Println("init var", name, "=", v, "step", counter)
	return v
}

func init() {
	fmt.Println("init 1: a, b, c =", a, b, c)
	table["x"] = 1
}

var table = map[string]int{}

func init() {
	fmt.Println("init 2: table =", table)
}

func main() {
	fmt.Println("main", a, b, c, counter)
}
