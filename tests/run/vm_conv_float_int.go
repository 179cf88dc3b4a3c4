package main

import "fmt"

func main() {
	fs := 0
	for f := -3.75; f <= 3.75; f += 1.25 {
		fmt.Println(f, int(f), int8(f), int64(f), int32(-f))
		fs++
	}
	var g float64 = 1e18
	fmt.Println(int64(g), int64(-g), uint64(g), int64(g*9.2))
	var h float64 = 4294967295.9
	fmt.Println(uint32(h), int64(h), uint64(h))
	var k float32 = 16777217
	fmt.Println(k, int32(k), int64(k))
	var p float64 = 9007199254740993
	fmt.Println(p, int64(p), uint64(p))
	var n float64 = -0.9
	fmt.Println(int(n), int8(n), int(-n))
	var big float64 = 1.8e19
	fmt.Println(uint64(big), uint64(big/2), int64(big/4))
	var s float32 = -126.99
	fmt.Println(int8(s), int16(s*100), int32(s*1000))
	fa, fb := 250.7, float32(-127.9)
	var u8 uint8 = uint8(fa)
	var i8 int8 = int8(fb)
	fmt.Println(u8, i8)
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), float64(x/y), int(float64(x)/float64(y)*10))
	var m int64 = 9007199254740993
	fmt.Println(float64(m), float32(m), int64(float64(m)), int64(float32(m)))
	println(int64(g), uint32(h), int(n), fs)
}
