package main

import "fmt"

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32, s32 == 1.0)
	a := 1e16
	fmt.Println(a+1-a, a-a+1)
	fmt.Println(0.1*3, 0.3/0.1, 1.1*1.1)
	h := 1.0
	for i := 0; i < 60; i++ {
		h /= 2
	}
	fmt.Println(h, 1+h == 1)
	x := 3.0
	x *= 1.5
	x -= 0.25
	x /= 2
	fmt.Println(x)
	fmt.Println(float32(0.1)+float32(0.2), float32(1)/float32(3)*3)
}
