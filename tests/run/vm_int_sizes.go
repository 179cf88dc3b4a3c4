package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 250
	b += 10
	var c int16 = -32768
	c--
	var d uint16 = 0
	d--
	var e int32 = 1 << 30
	e *= 4
	var f uint32 = 1 << 31
	f <<= 1
	var g int64 = 9223372036854775807
	g++
	var h uint64 = 0
	h--
	fmt.Println(a, b, c, d, e, f, g, h)
	x, y := -7, 2
	fmt.Println(x/y, x%y, -x/y, x/-y, x>>1, uint(x)>>60)
	var m int8 = -128
	var n int8 = -1
	fmt.Println(m/n, m*n, -m)
	var u uint8 = 200
	fmt.Println(u*2, u/3, ^u, u&^0x0f, u|1, u^0xff)
	var s uint = 1
	one := int64(1)
	fmt.Println(1<<s<<62, one<<63, uint64(one)<<63>>63, -1>>10)
	fmt.Println(int8(300+0*x), uint16(70000+0*x), int32(one<<40+5), uint8(int8(n)))
	var big float64 = 3.99
	fmt.Println(int(big), int(-big), uint8(int(big)), float32(0.1)+float32(0.2), 0.1+0.2)
}
