package main

import "fmt"

func fnv(n uint32) uint32 {
	h := uint32(2166136261)
	for i := uint32(0); i < n; i++ {
		h ^= i & 0xff
		h *= 16777619
	}
	return h
}

func main() {
	var a uint32 = 4294967295
	var z uint32 = 0
	var one uint32 = 1
	fmt.Println(a+one, z-one, a*2, a*a, -a, -one, ^a, ^z)
	for n := uint32(0); n < 6; n++ {
		h := fnv(n * 5)
		fmt.Println("fnv", n, h, h>>16, h%1000, int32(h))
	}
	var x uint32 = 123456789
	for k := 0; k < 6; k++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		fmt.Println("xorshift", k, x, x%100)
	}
	println(a+one, z-one, -one, ^z, a*a)
}
