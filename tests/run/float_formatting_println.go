package main

import "fmt"

func main() {
	fmt.Println(1.0, 0.5, 3.14159, 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(100000000.0, 123456789.0, 1.0/3.0, 2.0/3.0)
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2)
	big := 1e308
	fmt.Println(-0.0, big*10, -big*10)
	var z float64
	fmt.Println(-z, 1/(-z+0) > 0)
	fmt.Println(float32(1)/3, float32(16777216)+1)
	fmt.Println(5e-324, 1.7976931348623157e308)
	var f32 float32 = 3.4e38
	fmt.Println(f32, f32*10)
	fmt.Println(12345678.0, 1234567.0, 0.000001234)
}
