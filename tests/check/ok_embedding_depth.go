package main

import "fmt"

type A struct{ X int }
type B struct{ X int }

type C struct {
	A
	B
	X string
}

type D struct {
	A
	Inner struct{ Y int }
}

type E struct {
	D
}

func (a A) Who() string { return "A" }

func main() {
	c := C{A{1}, B{2}, "shallow"}
	fmt.Println(c.X, c.A.X, c.B.X)
	var e E
	e.X = 5
	e.Inner.Y = 6
	fmt.Println(e.D.A.X, e.Inner.Y, e.Who())
}
