package main

import "fmt"

func main() {
	var s8 int8 = -1
	var u8 uint8 = uint8(s8)
	fmt.Println(s8, u8, s8 < 0, u8 > 0, s8 < 1, u8 > 254)
	var s16 int16 = -2
	var u16 uint16 = uint16(s16)
	fmt.Println(s16 < 100, u16 < 100, u16 > 65000, s16 >= -2, s16 <= -3)
	var s32 int32 = -2147483648
	var u32 uint32 = uint32(s32)
	fmt.Println(s32 < 0, u32 > 2147483647, u32 == 2147483648, s32 != 0)
	var s64 int64 = -1
	var u64 uint64 = uint64(s64)
	fmt.Println(s64 < 0, u64 > 1<<63, u64 == 18446744073709551615, u64 >= u64-1)
	vals := 0
	for i := -3; i <= 3; i++ {
		u := uint(i)
		fmt.Println(i, u, i < 2, u < 2, i > -2, u > 3, int8(i) < 1, uint8(i) < 1)
		vals++
	}
	a, b := uint32(1), uint32(2)
	fmt.Println(a-b > a, a-b, int32(a-b) < 0, a-b < b-a)
	x, y := int64(-5), int64(3)
	fmt.Println(x < y, uint64(x) < uint64(y), x/y, uint64(x)/uint64(y), x%y, uint64(x)%uint64(y))
	fmt.Println(max8(-128, 127), max8(100, -100), maxU8(200, 100), maxU8(uint8(s8), 3))
	fmt.Println("vals", vals)
}

func max8(a, b int8) int8 {
	if a > b {
		return a
	}
	return b
}

func maxU8(a, b uint8) uint8 {
	if a > b {
		return a
	}
	return b
}
