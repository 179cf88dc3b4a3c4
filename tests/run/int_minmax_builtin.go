package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(-5, 5), max(int8(-5), 5))
	fmt.Println(min("b", "a", "c"), max("abc", "abd"))
	fmt.Println(min(1.5, 2), max(0.1, -0.2))
	fmt.Println(min(math.NaN(), 1), max(1, math.Inf(1)))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt)
	var x = 10
	x = max(x, 20)
	fmt.Println(x)
}
