package main

import "fmt"

type P struct{ X, Y, Z int }

func main() {
	a := P{1, Y: 2}
	b := P{1, 2}
	c := P{1, 2, 3, 4}
	fmt.Println(a, b, c)
}
