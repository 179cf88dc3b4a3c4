package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 1
	fmt.Println(len(m))
	_, ok := m[math.NaN()]
	fmt.Println(ok)
	delete(m, math.NaN())
	fmt.Println(len(m))
	m[0.0] = 5
	m[math.Copysign(0, -1)] = 6
	fmt.Println(len(m), m[0])
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println("nan values sum:", sum)
	clear(m)
	fmt.Println(len(m))
	m[math.Inf(1)] = 7
	fmt.Println(m)
}
