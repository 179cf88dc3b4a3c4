package main

import "fmt"

const (
	i = 7
	r = 'a'
	f = 2.5
	s = "str"
	b = 3 > 2
	c = 1 + 2i
)

func main() {
	fmt.Printf("%T %T %T %T %T %T\n", i, r, f, s, b, c)
	fmt.Printf("%T\n", i+r)
	fmt.Printf("%T\n", r+f)
	fmt.Printf("%T\n", f+c)
	var x float32 = i
	var y byte = r
	var z complex64 = f
	fmt.Println(x, y, z, i/2, f/2, 7.0/2)
	const half = i / 2.0
	fmt.Println(half)
}
