package main

import "fmt"

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func sumDigits(n uint64) uint64 {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func binom(n, k int) int {
	if k == 0 || k == n {
		return 1
	}
	return binom(n-1, k-1) + binom(n-1, k)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via int) int {
	if n == 0 {
		return 0
	}
	return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
}

func main() {
	for n := int64(0); n <= 5000; n += 1000 {
		fmt.Println("sumTo", n, sumTo(n))
	}
	fmt.Println(sumDigits(18446744073709551615), sumDigits(0), sumDigits(9999999999))
	for n := 0; n <= 10; n += 2 {
		fmt.Print(binom(n, n/2), " ")
	}
	fmt.Println()
	fmt.Println(fib(25), fib(1), fib(0))
	for n := 1; n <= 16; n += 5 {
		fmt.Println("hanoi", n, hanoi(n, 1, 3, 2))
	}
}
