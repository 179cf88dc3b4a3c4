package main

import "fmt"

func t(n int) bool {
	fmt.Println("  t", n)
	return true
}

func f(n int) bool {
	fmt.Println("  f", n)
	return false
}

func main() {
	fmt.Println(t(1) && f(2) && t(3))
	fmt.Println(f(4) && t(5))
	fmt.Println(t(6) || f(7))
	fmt.Println(f(8) || f(9) || t(10) || t(11))
	fmt.Println(f(12) || t(13) && f(14))
	fmt.Println((f(15) || t(16)) && f(17))
	fmt.Println(!f(18) && !t(19) || t(20))
	if t(21) && (f(22) || t(23)) {
		fmt.Println("if taken")
	}
	for i := 0; i < 3 && t(100+i); i++ {
		fmt.Println("loop", i)
	}
	x := f(30) == f(31)
	fmt.Println("x", x, t(32) != f(33))
}
