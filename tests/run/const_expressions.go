package main

import (
	"fmt"
	"math"
)

const (
	A = 1 << 10
	B = A * A
	C = B / 3
	D = -7 / 2
	E = -7 % 3
	F = 7.0 / 2
	G = 'a' * 2
	H = "con" + "cat"
	I = len(H)
	J = math.MaxInt64 + 1 - 1
	K = 1.5e3 / 1e3
	L = ^0 << 4
	M = 0x10 | 0b11 | 0o7
	N = true && !false
	O = 5 > 3 == true
)

type Bits uint8

const All Bits = ^Bits(0)

func main() {
	fmt.Println(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O)
	fmt.Println(All, All>>4)
	fmt.Printf("%T %T %T %T\n", A, F, G, H)
	var f32 float32 = 1 << 24
	fmt.Println(f32 + 1)
	const huge = 1 << 200
	fmt.Println(huge >> 198)
	fmt.Println(math.Pi * 2, float32(math.Pi))
	const big = 10000000000
	var i64 int64 = big * 100
	fmt.Println(i64, uint8(big%256))
}
