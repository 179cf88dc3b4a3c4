package main

import "fmt"

func main() {
	var s uint = 3
	var i = 1 << s
	var j int32 = 1 << s
	var k = uint64(1 << s)
	fmt.Printf("%T %v %T %v %T %v\n", i, i, j, j, k, k)
	var n int = 5
	fmt.Println(n<<2, n>>1, -n>>1, 1<<n)
	var u8 uint8 = 1
	fmt.Println(u8<<7, u8<<8, u8<<n)
	const c = 1 << 62
	fmt.Println(c >> 60)
	x := 0xF0
	fmt.Println(x&0x3C, x|0x0F, x^0xFF, x&^0x30, ^x)
	fmt.Printf("%b %o %x %X\n", 5, 8, 255, 255)
	fmt.Println(0b1010, 0o17, 0x_ff, 1_000_000)
}
