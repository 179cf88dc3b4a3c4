// sort.Float64s and sort.Sort(Float64Slice) leave -0 and +0 (equal, yet
// distinguishable) where Go's pdqsort leaves them; NaNs come first.
package main

import (
	"fmt"
	"math"
	"sort"
)

func signs(a []float64) string {
	s := ""
	for _, x := range a {
		switch {
		case x != x:
			s += "N"
		case math.Signbit(x):
			s += "-"
		case x == 0:
			s += "+"
		default:
			s += "1"
		}
	}
	return s
}

func main() {
	nz := math.Copysign(0, -1)
	seed := uint32(7)
	for n := 2; n <= 160; n += 7 {
		a := make([]float64, n)
		for i := range a {
			seed = seed*1664525 + 1013904223
			switch seed >> 29 {
			case 0, 1, 2:
				a[i] = nz
			case 3:
				a[i] = math.NaN()
			case 4:
				a[i] = 1
			}
		}
		b := append([]float64(nil), a...)
		sort.Float64s(a)
		sort.Sort(sort.Float64Slice(b))
		fmt.Println(n, signs(a), signs(a) == signs(b), sort.Float64sAreSorted(a))
	}
}
