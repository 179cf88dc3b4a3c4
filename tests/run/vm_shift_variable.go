package main

import "fmt"

func shl(x int64, n int) int64     { return x << n }
func shr(x int64, n int) int64     { return x >> n }
func ushr(x uint32, n int8) uint32 { return x >> n }

func main() {
	for n := 0; n < 70; n += 7 {
		fmt.Println(n, shl(3, n), shr(-1000000007, n), ushr(0x80000001, int8(n)))
	}
	var k uint8 = 7
	var v int8 = 1
	fmt.Println(v<<k, v<<(k-1), v<<(k+1))
	var w int = 1
	for i := 0; i < 66; i += 5 {
		fmt.Println("w", i, w<<i, -w<<i, (w<<i)>>i)
	}
	var c int32 = 31
	var x int32 = 1
	fmt.Println(x<<c, x<<c>>c, (x<<c)>>(c-1), uint32(x)<<c>>c)
	var b uint16 = 1
	for s := uint16(14); s < 18; s++ {
		b2 := b << s
		fmt.Println("u16", s, b2, b2>>1, int16(b2))
	}
	x <<= 5
	x >>= 2
	x <<= c
	fmt.Println("assign", x)
	var m int64 = -1
	m >>= 100
	fmt.Println(m)
}
