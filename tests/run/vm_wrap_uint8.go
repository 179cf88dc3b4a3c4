package main

import "fmt"

func main() {
	var a uint8 = 255
	var z uint8 = 0
	var one uint8 = 1
	fmt.Println(a+one, z-one, a*2, a*a, -a, -one, ^a, ^z)
	var x uint8 = 13
	for k := 0; k < 10; k++ {
		x = x*37 + 101
		fmt.Println("x", k, x, x/9, x%9, x>>3, x<<3)
	}
	var c uint8 = 250
	for i := 0; i < 10; i++ {
		c++
		fmt.Print(c, " ")
	}
	fmt.Println()
	for i := 0; i < 10; i++ {
		c -= 3
		fmt.Print(c, " ")
	}
	fmt.Println()
	var b byte = 'A'
	b += 200
	fmt.Println(b, b&0x0f, b|0xf0, b^0xaa, b&^0x3c)
	println(a+one, z-one, -one, ^z, a*a)
}
