package main

import "fmt"

func main() {
	var a uint16 = 65535
	var z uint16 = 0
	var one uint16 = 1
	fmt.Println(a+one, z-one, a*2, a*a, -a, -one, ^a, ^z)
	var x uint16 = 40000
	for k := 0; k < 8; k++ {
		x = x*3 + 17
		fmt.Println("x", k, x, x/1000, x%1000, x>>5, x<<5)
	}
	var f uint16 = 1
	for i := uint16(1); i <= 12; i++ {
		f *= i
		fmt.Println("fact", i, f)
	}
	d := z
	d -= 2
	fmt.Println(d, d/3, d%3, int16(d), int32(d))
	println(a+one, z-one, -one, ^z, a*a)
}
