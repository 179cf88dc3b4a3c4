package main

import "fmt"

func sum32(n int) float32 {
	var s float32
	for i := 1; i <= n; i++ {
		s += 1 / float32(i)
	}
	return s
}

func sum64(n int) float64 {
	var s float64
	for i := 1; i <= n; i++ {
		s += 1 / float64(i)
	}
	return s
}

func main() {
	for n := 1; n <= 100000; n *= 10 {
		a, b := sum32(n), sum64(n)
		fmt.Println(n, a, b, float64(a)-b, float32(b) == a)
	}
	var x float32 = 1
	steps := 0
	for x+1 != x {
		x *= 2
		steps++
	}
	fmt.Println("float32 gap at", x, steps)
	var y float64 = 1
	steps = 0
	for y+1 != y {
		y *= 2
		steps++
	}
	fmt.Println("float64 gap at", y, steps)
	var e32 float32 = 1
	for 1+e32/2 > 1 {
		e32 /= 2
	}
	fmt.Println("eps32", e32, float64(e32))
	var p float32 = 3.14159265358979
	q := p * p
	fmt.Println(p, q, q/p, p-3, float64(p)-3.14159265358979)
	var m float32 = 3.4e38
	fmt.Println(m, m*2, -m*2, m+m/1e10)
	println(p, q, m, e32)
}
