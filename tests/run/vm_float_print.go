package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a*3, 1-0.9, 1e21, 1e20, 123456789.0, 1234567890123.0)
	fmt.Println(1e-4, 1e-5, 0.000123, 12345678901234567890.0, 100.0, 1.0, -2.5e-10)
	x := 1.0
	for i := 0; i < 25; i++ {
		x *= 10
		if i%3 == 0 {
			fmt.Println("e", i, x, 1/x, -x)
		}
	}
	var f32 float32 = 0.1
	var g32 float32 = 0.2
	fmt.Println(f32, g32, f32+g32, float64(f32), float64(f32+g32), f32*3)
	var h32 float32 = 123456789
	fmt.Println(h32, float64(h32), h32/7, 1e21*f32, f32/1e10)
	fmt.Println(3.0, 3.5, -0.0, 2.0/3.0, 1e6, 1e-6, 999999.9, 21e20, 0.000001)
	var third float32 = 1.0 / 3
	fmt.Println(third, third*3, third+third+third)
	println(a+b, 1e21, 123456789.0, f32, h32, -x, 0.0)
	println(1e-310, 1.7976931348623157e308, float32(3.4e38))
	var one float64 = 1
	fmt.Println(one/3, one/7, one/9*9, one/49*49)
}
