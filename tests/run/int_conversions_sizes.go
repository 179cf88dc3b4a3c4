package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	var big int64 = 0x123456789
	fmt.Println(int32(big), uint32(big), int16(big), int8(big))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var i8 int8 = -56
	fmt.Println(uint8(i8), uint32(i8), uint64(i8), int(i8))
	var u32 uint32 = 0xffffffff
	fmt.Println(int32(u32), int64(u32), int(int32(u32)))
	var r rune = 0x1F600
	fmt.Println(byte(r), int16(r), uint16(r))
}
