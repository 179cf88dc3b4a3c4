package main

import "fmt"

type I interface{}

func main() {
	x := int{1}
	y := I{}
	var p *struct{ a int }
	z := p{1}
	fmt.Println(x, y, z)
}
