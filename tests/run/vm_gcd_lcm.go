package main

import "fmt"

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func gcdIter(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func egcd(a, b int) (int, int, int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x, y := egcd(b, a%b)
	return g, y, x - (a/b)*y
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func main() {
	pairs := 0
	for a := 12; a <= 96; a += 21 {
		for b := 18; b <= 60; b += 14 {
			g, x, y := egcd(a, b)
			fmt.Println(a, b, gcd(a, b), lcm(a, b), g, x, y, a*x+b*y)
			pairs++
		}
	}
	fmt.Println(gcd(-12, 18), gcd(12, -18), gcd(0, 5), gcd(5, 0))
	fmt.Println(gcdIter(18446744073709551615, 4294967295), gcdIter(1<<63, 1<<40))
	l := 1
	for i := 1; i <= 40; i++ {
		l = lcm(l, i)
		if i%5 == 0 {
			fmt.Println("lcm 1..", i, l)
		}
	}
	fmt.Println("pairs", pairs)
}
