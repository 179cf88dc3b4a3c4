package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	var b uint64 = 18446744073709551615
	var c int64 = -9223372036854775808
	fmt.Println(float64(a), float32(a), float64(b), float32(b), float64(c))
	var d int32 = 16777217
	var e int32 = 2147483647
	fmt.Println(float32(d), float64(d), float32(e), float64(e))
	var f uint32 = 4294967295
	fmt.Println(float32(f), float64(f))
	var g int8 = -128
	var h uint8 = 255
	fmt.Println(float32(g), float64(h), float64(g)/float64(h))
	var p uint64 = 1<<53 + 1
	fmt.Println(float64(p), float64(p+1), float32(p))
	for i := 0; i < 8; i++ {
		x := 1 << (i * 9)
		fmt.Println(i, x, float64(x), float32(x), float64(x)/3)
	}
	var n int = -7
	fmt.Println(float64(n)/2, float32(n)/3, float64(n/2))
	var u uint64 = 1 << 63
	fmt.Println(float64(u), float64(u-1), float32(u+12345))
	println(float64(a), float32(d), float64(b), float64(g))
}
