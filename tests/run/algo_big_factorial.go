package main

import (
	"fmt"
	"strings"
)

func factorial(n int) string {
	digits := []int{1}
	for i := 2; i <= n; i++ {
		carry := 0
		for j := range digits {
			v := digits[j]*i + carry
			digits[j] = v % 10
			carry = v / 10
		}
		for carry > 0 {
			digits = append(digits, carry%10)
			carry /= 10
		}
	}
	var sb strings.Builder
	for i := len(digits) - 1; i >= 0; i-- {
		sb.WriteByte(byte('0' + digits[i]))
	}
	return sb.String()
}

func main() {
	fmt.Println(factorial(10))
	f := factorial(100)
	fmt.Println(len(f), f[:20], strings.Count(f, "0"))
	var u uint64 = 1
	for i := uint64(1); i <= 25; i++ {
		u *= i
		if i >= 19 {
			fmt.Println(i, u)
		}
	}
}
