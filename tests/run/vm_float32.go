package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64)
	var x float32 = 16777216
	fmt.Println(x+1, float64(x)+1)
	var third float32 = 1.0 / 3.0
	fmt.Println(third, float64(third), third*3)
	fmt.Println(1e100, 1e-7, 123456.0, 1234567.0, -0.5, 2.0/3.0)
	var zero float64
	fmt.Println(1/zero > 1e308, -1/zero < 0, zero/zero == zero/zero)
}
