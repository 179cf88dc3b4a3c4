package main

import "fmt"

var (
	total   = base * 2
	base    = seed() + 1
	counter int
	ratio   float64 = 0.5
	q, r    = divmod(17, 5)
	enabled bool
)

var calls int

func seed() int {
	calls++
	return 20
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func bump() {
	counter++
	counter += 10
	ratio *= 3
}

func init() {
	enabled = true
	counter = 100
}

func main() {
	fmt.Println(total, base, counter, ratio, q, r, enabled, calls)
	for i := 0; i < 3; i++ {
		bump()
	}
	counter, base = base, counter
	fmt.Println(counter, base, ratio)
	zero := 0
	fmt.Println(total / zero)
}
