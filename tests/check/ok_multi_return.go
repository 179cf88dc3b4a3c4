package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(a int) (sq, cube int) {
	sq = a * a
	cube = sq * a
	return
}

func swap(a, b string) (string, string) { return b, a }

func pass() (int, int) { return divmod(17, 5) }

func takeTwo(a, b int) int { return a*10 + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	s, c := named(3)
	fmt.Println(s, c)
	fmt.Println(swap("x", "y"))
	fmt.Println(takeTwo(pass()))
	_, only := divmod(9, 4)
	fmt.Println(only)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
}
