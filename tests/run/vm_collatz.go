package main

import "fmt"

func collatzLen(n uint64) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func collatzRec(n int32, depth int) (int, int32) {
	if n == 1 {
		return depth, 1
	}
	var next int32
	if n&1 == 0 {
		next = n >> 1
	} else {
		next = n*3 + 1
	}
	d, peak := collatzRec(next, depth+1)
	if n > peak {
		peak = n
	}
	return d, peak
}

func main() {
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < 3000; n++ {
		l := collatzLen(n)
		if l > best {
			best, bestN = l, n
			fmt.Println("new best", n, l)
		}
	}
	fmt.Println("best", bestN, best)
	for n := int32(1); n <= 27; n += 13 {
		d, p := collatzRec(n, 0)
		fmt.Println("rec", n, d, p)
	}
	fmt.Println(collatzLen(837799), collatzLen(1<<40))
}
