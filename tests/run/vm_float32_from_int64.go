package main

import "fmt"

func main() {
	var u uint64 = 1<<60 + 1<<36 + 1
	var i int64 = 1<<60 + 1<<36 + 1
	f := float32(u)
	g := float32(i)
	h := float32(-i)
	fmt.Println(float64(f), float64(g), float64(h))
	fmt.Println(f == float32(1<<60), f == float32(1<<60+1<<37))
	var a int64 = 1<<40 + 1<<16 + 1
	var b uint64 = 1<<63 + 1<<39 + 1
	var c int64 = 1<<30 + 1<<6 + 1
	fmt.Println(float64(float32(a)), float64(float32(b)), float64(float32(c)))
	var d int32 = 1<<30 + 1<<6 + 1
	var e uint32 = 1<<31 + 1<<7 + 1
	fmt.Println(float64(float32(d)), float64(float32(e)))
	for k := 0; k < 4; k++ {
		v := int64(1)<<(40+k) + int64(1)<<(16+k) + int64(k)
		fmt.Println(k, v, float64(float32(v)), float64(v))
	}
}
