package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5)range math.Round(-2.5), math.RoundToEven( ( (2.5), math.Round(0.49999999999999994))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log10(1000))
	fmt.Printf("%.6f %.6f\n", math.Log2(1024), math.Atan2(1, 1)func() {}4)
	fmt.Println(math.Pi, math.E)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Float32bits(1.0), math.MaxFloat32, math.SmallestNonzeroFloat64)
}
