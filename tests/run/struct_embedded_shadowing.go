package main

import "fmt"

type A struct{ X, Y int }
type B struct{ X, Z int }

type C struct {
	A
	B
	X int
}

type D struct {
	A
	Y string
}

func main() {
	c := C{A{1, 2}, B{3, 4}, 5}
	fmt.Println(c.X, c.A.X, c.B.X, c.Y, c.Z)
	d := D{A{1, 2}, "shadow"}
	fmt.Println(d.Y, d.A.Y)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%+v\n", d)
}
