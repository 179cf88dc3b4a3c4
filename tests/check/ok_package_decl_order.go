package main

import "fmt"

func main() {
	fmt.Println(double(limit), greeting, p.name)
	var c Color = Red
	fmt.Println(c.String())
}

var p = person{name: greeting}

type person struct{ name string }

const limit = 21

var greeting = "hello " + suffix

const suffix = "world"

func double(n int) int { return n * 2 }

type Color int

const Red Color = 1

func (c Color) String() string { return fmt.Sprintf("Color(%d)", int(c)) }
