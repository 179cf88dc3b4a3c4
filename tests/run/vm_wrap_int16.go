package main

import "fmt"

func main() {
	var a int16 = 32767
	var b int16 = -32768
	var one int16 = 1
	fmt.Println(a+one, b-one, a*2, b*2, a*a, b*b, -b, ^a, ^b)
	var x int16 = 12345
	for k := 0; k < 8; k++ {
		x = x*31 + 7
		fmt.Println("x", k, x, x/100, x%100, x>>3, x<<2)
	}
	fmt.Println(a&b, a|b, a^b, a&^b, b&^a)
	var m int16 = -1
	fmt.Println(b/m, b%m, b*m, m<<15, m>>15, uint16(m))
	var f int16 = 1
	for i := 1; i <= 10; i++ {
		f *= int16(i)
		fmt.Println("fact", i, f)
	}
	println(a+one, b-one, -b, ^b, a*a)
}
