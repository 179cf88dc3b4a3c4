package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	var z uint64 = 0
	var one uint64 = 1
	fmt.Println(a+one, z-one, a*2, a*a, -a, -one, ^a, ^z)
	fmt.Println(a/3, a%7, a/10, a>>1, a>>63, a/(a-1), a%(a-1))
	var x uint64 = 88172645463325252
	for k := 0; k < 6; k++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Println("xs", k, x, x%1000, x>>60, int64(x))
	}
	var f uint64 = 1
	for i := uint64(1); i <= 22; i++ {
		f *= i
		fmt.Println("fact", i, f)
	}
	var u uint = 1 << 63
	fmt.Println(u, u*2, u+u-1, u/3)
	var p uintptr = 4096
	p -= 4097
	fmt.Println(p, p>>32)
	println(a+one, z-one, -one, ^z, a*a, a)
}
