package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap3(a, b, c int) (int, int, int) {
	return c, a, b
}

func sumDiff(a, b int) (int, int) {
	return a + b, a - b
}

func minmax(a, b int) (int, int) {
	if a < b {
		return a, b
	}
	return b, a
}

func mixed(n int) (int8, uint16, float64, bool) {
	return int8(n), uint16(n), float64(n) / 4, n%2 == 0
}

func main() {
	q, r := divmod(47, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-47, 5))
	fmt.Println(sumDiff(divmod(100, 7)))
	a, b, c := swap3(1, 2, 3)
	fmt.Println(a, b, c)
	a, b, c = swap3(a, b, c)
	fmt.Println(a, b, c)
	fmt.Println(swap3(swap3(swap3(7, 8, 9))))
	lo, hi := minmax(sumDiff(3, 10))
	fmt.Println(lo, hi)
	for n := 250; n < 260; n += 3 {
		w, x, y, z := mixed(n * 131)
		fmt.Println(n, w, x, y, z)
	}
	fmt.Println(mixed(-1))
	_, r2 := divmod(99, 8)
	q3, _ := divmod(99, 8)
	fmt.Println(r2, q3)
	println(sumDiff(5, 9))
}
