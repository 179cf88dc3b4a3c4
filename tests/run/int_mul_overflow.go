package main

import "fmt"

func main() {
	var x int32 = 100000
	fmt.Println(x * x)
	var y int64 = 3037000500
	fmt.Println(y * y)
	var z int8 = -128
	fmt.Println(z * -1, z / -1)
	var m int64 = -9223372036854775808
	fmt.Println(m / -1, m % -1)
	var w uint8 = 200
	fmt.Println(w+w, w*3, w<<1)
	var acc uint32 = 2166136261
	for _, c := range []byte("hello") {
		acc ^= uint32(c)
		acc *= 16777619
	}
	fmt.Println("fnv1a:", acc)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println("fnv1a64:", h)
}
