package main

import (
	"fmt"
	"math"
)

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	for _, x := range []float64{2, 9, 10, 1e6, 0.25} {
		s := sqrt(x)
		fmt.Printf("%g %.10f %v\n", x, s, math.Abs(s-math.Sqrt(x)) < 1e-9)
	}
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("%.8f\n", 4*pi)
}
