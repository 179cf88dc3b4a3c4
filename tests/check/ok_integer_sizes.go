package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MinInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MinInt64
	var u8 uint8 = 255
	var u16 uint16 = math.MaxUint16
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	var up uintptr = 8
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, up)
	i8++
	u8++
	u16 += 2
	i32 += 1
	fmt.Println(i8, u8, u16, i32)
	var n int8 = -128
	var m int8 = -1
	fmt.Println(n/m, -n, n*m)
	fmt.Println(u64>>63, i64>>62)
}
