package main

import "fmt"

const f = 5.0
const big = 1 << 70

func main() {
	var i int = f
	var j uint8 = 2.0 * 100 + 55
	var k int64 = 1e18
	var l float32 = big
	var m byte = 'A' + 1
	var n int = big >> 60
	fmt.Println(i, j, k, l, m, n)
	var r rune = 1e3
	fmt.Println(r, string(r))
	fmt.Println(big/big, float64(big))
}
