package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func countPrimes(limit int) (int, int) {
	count, last := 0, 0
	for i := 0; i < limit; i++ {
		if isPrime(i) {
			count++
			last = i
		}
	}
	return count, last
}

func factor(n uint64) {
	fmt.Print(n, " =")
	for d := uint64(2); d*d <= n; d++ {
		for n%d == 0 {
			fmt.Print(" ", d)
			n /= d
		}
	}
	if n > 1 {
		fmt.Print(" ", n)
	}
	fmt.Println()
}

func main() {
	for i := 0; i < 60; i++ {
		if isPrime(i) {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	for lim := 10; lim <= 100000; lim *= 10 {
		c, l := countPrimes(lim)
		fmt.Println("primes below", lim, c, l)
	}
	factor(360)
	factor(1234567890)
	factor(600851475143)
	factor(4294967297)
	factor(18446744073709551615)
	fmt.Println(isPrime(2147483647), isPrime(1000000007), isPrime(999999999))
}
