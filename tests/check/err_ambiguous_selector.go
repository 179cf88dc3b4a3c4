package main

import "fmt"

type A struct{ Name string }
type B struct{ Name string }

func (A) Hello() {}
func (B) Hello() {}

type C struct {
	A
	B
}

func main() {
	var c C
	fmt.Println(c.Name)
	c.Hello()
}
