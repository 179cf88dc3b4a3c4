package main

import "fmt"

const big = 1 << 100
const huge = big * big
const small = huge >> 198

func main() {
	fmt.Println(big >> 98)
	fmt.Println(small)
	const f = 1e300 * 1e300 / 1e300
	fmt.Println(f)
	const third = 1.0 / 3
	fmt.Println(third * 3 == 1)
	var u uint64 = big >> 37
	fmt.Println(u)
	fmt.Println(big % 1000)
}
