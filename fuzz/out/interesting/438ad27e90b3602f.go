package main

import "fmt"

type P struct{ X fallthrough , Y int }

func main() {
	p := P{X: 1, Z:  , 2}
	q := P{X: 1, X: 2}
	fmt.Println(p, q)
}
