package main

import "fmt"

func digitsum(n, base int) int {
	s := 0
	for n > 0 {
		s += n % base
		n /= base
	}
	return s
}

func main() {
	for b := 9; b >= 0; b -= 3 {
		fmt.Println("base", b, digitsum(12345, b))
	}
	fmt.Println("unreachable")
}
