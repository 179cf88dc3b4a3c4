package main

import "fmt"

func take8(v int8) int8 { return v }

func ret16(s uint) int16 { return 1 << s }

func retU8(s uint) uint8 {
	return 1<<s + 1
}

func main() {
	var s uint = 15
	var i32 int32 = 1 << (s + 18)
	var u8 uint8 = 1<<(s+18) + 1
	var k int8 = 1 << (s - 8)
	fmt.Println("decl", i32, u8, k)
	var x int16 = 7
	x = 1 << s
	fmt.Println("assign", x)
	x = 3 << (s - 1)
	fmt.Println("assign", x)
	fmt.Println("arg", take8(1<<(s-8)), take8(3<<(s-9)))
	fmt.Println("ret", ret16(s), ret16(s+1), retU8(8), retU8(7))
	var z uint8
	fmt.Println("cmp", z == 1<<(s-7), z == 1<<s, k == 1<<(s-8))
	var y int8 = 1
	y += 1 << (s - 8)
	fmt.Println("opassign", y)
	fmt.Println("conv", int8(1<<(s-8)), uint8(1<<(s-7)), int16(1<<s))
	fmt.Println("int", 1<<s, 1<<(s*4+3), 1<<(s*5))
}
