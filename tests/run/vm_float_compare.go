package main

import "fmt"

func cmp(a, b float64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	if a == b {
		return 0
	}
	return 99
}

func main() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	vals := 0
	for i := 0; i < 6; i++ {
		var v float64
		switch i {
		case 0:
			v = nan
		case 1:
			v = inf
		case 2:
			v = -inf
		case 3:
			v = negz
		case 4:
			v = 1.5
		default:
			v = -1e-300
		}
		fmt.Println(i, v, cmp(v, 0), cmp(0, v), cmp(v, v), cmp(v, nan), v == v, !(v < 0) && !(v >= 0))
		vals++
	}
	var f32 float32 = 0.1
	fmt.Println(float64(f32) == 0.1, f32 == 0.1, float32(0.1) == f32, f32 > 0.1, float64(f32) > 0.1)
	fmt.Println(negz == 0, zero == negz, 1/negz == 1/zero)
	hi := -inf
	for k := 0; k < 5; k++ {
		x := float64(k*k) - 7.5
		if x > hi {
			hi = x
		}
		fmt.Println("k", k, x, hi)
	}
	switch {
	case nan == nan:
		fmt.Println("nan equal?")
	case nan != nan:
		fmt.Println("nan unequal", vals)
	}
}
