package main

import "fmt"

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "s"
	y
	z = iota
	w
)

func (f Flag) Has(o Flag) bool { return f&o != 0 }

func main() {
	fmt.Println(FlagA, FlagB, FlagC, FlagD)
	fs := FlagA | FlagC
	fmt.Println(fs.Has(FlagA), fs.Has(FlagB), fs.Has(FlagC))
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z, w)
}
