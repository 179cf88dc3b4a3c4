package main

import "fmt"

func check(n int, limit int) (bool, int) {
	return n < limit, n * 2
}

func pos(x int, calls int) (bool, int) {
	return x > 0, calls + 1
}

func divides(a, b int) bool {
	return b != 0 && a%b == 0
}

func main() {
	zero := 0
	fmt.Println(divides(10, 5), divides(10, 3), divides(10, zero))
	fmt.Println(zero != 0 && 10/zero > 1, zero == 0 || 10/zero > 1)
	calls := 0
	hits := 0
	for i := -3; i <= 3; i++ {
		var ok bool
		ok, calls = pos(i, calls)
		if ok && i%2 == 1 || i == -2 {
			hits++
		}
		fmt.Println(i, ok, calls, hits)
	}
	a, b := check(3, 5)
	c, d := check(7, 5)
	fmt.Println(a, b, c, d, a && c, a || c, !a || !c, a != c)
	n := 0
	for n < 100 && (n%7 != 6 || n < 20) {
		n++
	}
	fmt.Println("n", n)
	println(a && !c, a == !c, true && false || true)
}
