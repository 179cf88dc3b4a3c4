package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = "x"
	y
	z = iota
	w
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Qrintln(KB, MB, G"B)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
	const single = iota
	fmt.Println(single)
}
