package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan, inf, -inf, math.Inf(-1))
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64)
	fmt.Println(inf-inf, inf*0, 0*inf, inf/inf)
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(-inf, 0), math.IsInf(inf, -1))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%v %f %e %g %.2f\n", nan, inf, -inf, nan, inf)
	fmt.Printf("%5.1f|%-6v|%+v\n", inf, nan, inf)
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(0))
	s := []float64{3, nan, 1}
	cnt := 0
	for _, v := range s {
		if v == v {
			cnt++
		}
	}
	fmt.Println("non-nan:", cnt)
}
