package main

import "fmt"

func main() {
	var a uint8 = 0b11001010
	var b uint8 = 0b10101100
	fmt.Println(a&b, a|b, a^b, a&^b, b&^a, ^a, ^b, ^(a & b))
	var c int16 = -21846
	var d int16 = 0x0ff0
	fmt.Println(c&d, c|d, c^d, c&^d, d&^c, ^c, ^d)
	var e int32 = -1
	var f uint32 = 0xf0f0f0f0
	fmt.Println(e&^7, uint32(e)&^f, f^0xffffffff, ^f, f|0x0f0f0f0f)
	var g int64 = 0x5555555555555555
	var h uint64 = 0xaaaaaaaaaaaaaaaa
	fmt.Println(g&^g, g^g, ^g, uint64(g)|h, uint64(g)&h, ^h, h&^1)
	x := 12345
	pop := 0
	for y := x; y != 0; y &= y - 1 {
		pop++
	}
	fmt.Println("popcount", x, pop)
	m := 0
	for bit := 0; bit < 16; bit += 3 {
		m |= 1 << bit
		fmt.Println("mask", bit, m, m&^(1<<(bit/2)), ^m)
	}
	var u uint = 0
	u = ^u
	fmt.Println(u, u&^(u>>1), -u)
	z := 0x7f
	z &^= 0x11
	z |= 0x100
	z ^= 0xfff
	fmt.Println(z, -z, ^z, -^z, ^-z)
	println(^a, a&^b, c&^d, ^g, h&^1)
}
