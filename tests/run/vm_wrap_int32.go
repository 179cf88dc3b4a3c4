package main

import "fmt"

func hash(n int32) int32 {
	h := int32(-2128831035)
	for i := int32(0); i < n; i++ {
		h ^= i
		h *= 16777619
	}
	return h
}

func main() {
	var a int32 = 2147483647
	var b int32 = -2147483648
	var one int32 = 1
	fmt.Println(a+one, b-one, a*2, b*2, a*a, b*b, -b, ^a, ^b)
	for n := int32(0); n < 6; n++ {
		h := hash(n * 3)
		fmt.Println("hash", n, h, h>>16, h%1000, uint32(h))
	}
	var m int32 = -1
	fmt.Println(b/m, b%m, b*m, m<<31, m>>31)
	var f int32 = 1
	for i := 1; i <= 15; i++ {
		f *= int32(i)
		fmt.Println("fact", i, f)
	}
	x := a
	x += a
	x += a
	fmt.Println(x, x-a, x+b)
	println(a+one, b-one, -b, ^b, a*a)
}
