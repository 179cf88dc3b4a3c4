package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func swap3(a, b, c string) (string, string, string) { return c, b, a }

func pair() (int, string) { return 1, "one" }

func takePair(n int, s string) string { return fmt.Sprint(n, "=", s) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}
	v, err := safeDiv(10, 3)
	fmt.Println(v, err)
	fmt.Println(swap3("a", "b", "c"))
	fmt.Println(takePair(pair()))
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
}
