package main

import "fmt"

func pow(b, e int64) int64 {
	if e == 0 {
		return 1
	}
	h := pow(b, e/2)
	if e%2 == 0 {
		return h * h
	}
	return h * h * b
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func powu32(b uint32, e int) uint32 {
	r := uint32(1)
	for ; e > 0; e-- {
		r *= b
	}
	return r
}

func main() {
	for e := int64(0); e <= 70; e += 7 {
		fmt.Println("2^", e, pow(2, e), pow(3, e), pow(-3, e))
	}
	for e := uint64(1); e < 1000000; e = e*13 + 1 {
		fmt.Println("powmod", e, powmod(7, e, 1000000007), powmod(2, e, 4294967291))
	}
	fmt.Println(powu32(3, 20), powu32(3, 21), powu32(7, 33), powu32(65536, 2))
	fmt.Println(pow(10, 18), pow(10, 19), pow(-2, 63), pow(-2, 64))
}
