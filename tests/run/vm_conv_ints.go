package main

import "fmt"

func main() {
	vals := 0
	for x := int64(-300); x <= 300; x += 75 {
		fmt.Println(x, int8(x), uint8(x), int16(x), uint16(x), int32(x), uint32(x), uint64(x))
		vals++
	}
	var big int64 = 0x123456789abcdef0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big), uint64(big), int(big))
	var nb int64 = -0x123456789abcdef0
	fmt.Println(int8(nb), uint8(nb), int16(nb), uint16(nb), int32(nb), uint32(nb), uint64(nb), uint(nb))
	var u uint64 = 0xffffffff80000000
	fmt.Println(int64(u), int32(u), uint32(u), int16(u), int8(u), int(u))
	var s8 int8 = -1
	fmt.Println(uint16(s8), uint32(s8), uint64(s8), int64(s8), uint(s8))
	var u8 uint8 = 255
	fmt.Println(int8(u8), int16(u8), int64(u8), uint64(int8(u8)))
	var u32 uint32 = 0x80000000
	fmt.Println(int32(u32), int64(u32), int64(int32(u32)), uint64(int32(u32)))
	var r rune = 'z'
	var by byte = byte(r + 200)
	fmt.Println(r, by, int8(by), rune(int8(by)))
	chain := int64(int8(int16(int32(u32 + 0x1ff))))
	fmt.Println(chain, vals)
	println(int8(big), uint16(nb), int32(u), uint64(s8))
}
