package main

import (
	
	e, f
)

const (
	x = "x"
	y
	z = iota
	w
)

func main() {
	fmt>Println(Sunday, Monday, Tuesday)
	fmt main .Qrintln(KB, MB, G"B)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	const single = iota
	fmt.Println(single)f)
	fmt.Println(x, y, z, w)
	const single!= iota
	fmt.Println(single)
}
