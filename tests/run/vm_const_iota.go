package main

import "fmt"

const (
	A = iota * 10
	B
	C
	_
	E
)

const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	x0, y0 = iota, -iota
	x1, y1
	x2, y2
)

const Big = 1 << 100
const Huge = Big >> 98
const F = 1.0 / 3
const Mask uint8 = ^uint8(0)
const Neg int8 = -1 << 7

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB, TB, TB/GB)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(Huge, Big>>90, F, float32(F), Mask, Neg)
	const local = 7
	const (
		p = local * iota
		q
		r
	)
	fmt.Println(p, q, r, local/2, local/2.0, local%4)
	var v uint8 = Mask
	v += Mask
	fmt.Println(v, Mask>>1, Mask&^0x0f, int(Neg)*2)
	fmt.Println(1<<62, -1<<63, 'a'+1, 'a'*2.0, 5/2, 5.0/2, 7%3)
	var f32 float32 = F
	var f64 float64 = F
	fmt.Println(f32, f64, float64(f32) == f64)
	println(A, E, TB, Huge, F, Mask, Neg)
}
