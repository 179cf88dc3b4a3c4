package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func weekday(d int) string {
	switch d % 7 {
	case 0, 6:
		return "weekend"
	case 3:
		return "midweek"
	}
	return "weekday"
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	total := 0
	for i := range 10 {
		if i == 7 {
			break
		}
		if i%2 == 1 {
			continue
		}
		total += i
	}
	fmt.Println("total", total)
	for i := -1; i <= 3; i++ {
		fmt.Println(i, classify(i), weekday(i+3))
	}
	q, r := divmod(17, 5)
	q, r = r, q
	fmt.Println(q, r)
	n := 0
	for {
		n++
		if n > 100 && n%7 == 0 {
			break
		}
	}
	fmt.Println("n", n, n > 100 && n < 200, n < 0 || n == 105)
	count := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < i; j++ {
			count++
		}
	}
	fmt.Println("count", count)
	print("to stderr ", 42, " ", true, "\n")
	println("println:", 1, 2.5, false)
}
