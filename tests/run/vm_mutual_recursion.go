package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hofF(n int) int {
	if n == 0 {
		return 1
	}
	return n - hofM(hofF(n-1))
}

func hofM(n int) int {
	if n == 0 {
		return 0
	}
	return n - hofF(hofM(n-1))
}

func main() {
	for n := 0; n < 8; n++ {
		fmt.Println(n, isEven(n), isOdd(n))
	}
	fmt.Println(isEven(10001), isOdd(10001))
	for n := 0; n < 20; n++ {
		fmt.Print(hofF(n), " ")
	}
	fmt.Println()
	for n := 0; n < 20; n++ {
		fmt.Print(hofM(n), " ")
	}
	fmt.Println()
}
