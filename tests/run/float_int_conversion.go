package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10, 255.99}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, int(f32))
	i := 1 << 53
	fmt.Println(float64(i), float64(i+1), int64(float64(i+1)))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	x := 7
	fmt.Println(float64(x)/2, x/2, float32(x)/3)
	var b byte = 200
	fmt.Println(float64(b) * 1.5)
	fmt.Println(uint8(int(3.99e2) % 256))
}
