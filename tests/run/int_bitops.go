package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b10110000
	fmt.Println(^u, u&^0xf0, u|0x0f)
	var i8 int8 = 5
	fmt.Println(^i8, -i8, ^-i8)
	var u64 uint64 = 0x0123456789abcdef
	fmt.Printf("%x %x\n", ^u64, u64&0xffff0000)
	pop := 0
	for v := uint32(0xf0f0f0f1); v != 0; v &= v - 1 {
		pop++
	}
	fmt.Println("popcount:", pop)
	fmt.Println(0x7f ^ 0x80, 1&^1, 6&^3)
}
