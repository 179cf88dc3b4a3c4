package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, float64(a)+float64(b), a*b, a/b)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big*big)
	var s float32
	for i := 0; i < 1000; i++ {
		s += 0.001
	}
	fmt.Println(s)
	fmt.Println(float32(1)/0.3, float32(math.Pi), float32(math.E))
	var x float32 = 1e38
	fmt.Println(x*10, -x*10, x/1e-10)
	fmt.Printf("%v %.10f %g %e\n", a, a, a, a)
	fmt.Println(math.Float32frombits(0x7f800001) != math.Float32frombits(0x7f800001))
	fmt.Println(float32(3.4028235e38), math.MaxFloat32 == float64(float32(math.MaxFloat32)))
	var h float32 = 0.5
	fmt.Println(int32(h*7), uint8(h*511.8))
}
