package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	xs := []float64{3.5, -1, 2.25, math.Inf(-1), 0, math.Inf(1), -0.5}
	sort.Float64s(xs)
	fmt.Println(xs)
	fmt.Println(sort.Float64sAreSorted(xs))
	a, b := 0.1+0.2, 0.3
	fmt.Println(a == b, math.Abs(a-b) < 1e-12, a > b)
	var negz = math.Copysign(0, -1)
	fmt.Println(negz == 0, negz, 1/negz)
	fmt.Printf("%v %.1f\n", negz, negz)
	ys := []float64{math.NaN(), 1, math.NaN(), -1}
	sort.Float64s(ys)
	fmt.Println(ys)
}
