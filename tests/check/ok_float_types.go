package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32) == f64)
	fmt.Println(f32*3, f64*3)
	fmt.Println(math.Sqrt(2), float32(math.Pi))
	var z float64
	fmt.Println(1/z, -1/z, math.IsNaN(z/z))
	v, w := 3.99, -3.99
	fmt.Println(int(v), int(w), int64(f64*100), int(3.0))
	fmt.Printf("%.3f %e %g\n", f64, 123456.789, 1e21)
	fmt.Println(7/2, 7/2.0, 7.0/2)
}
