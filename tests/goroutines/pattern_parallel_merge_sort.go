package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func psort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	if depth <= 0 {
		return merge(psort(xs[:mid], 0), psort(xs[mid:], 0))
	}
	left := make(chan []int)
	go func() { left <- psort(xs[:mid], depth-1) }()
	right := psort(xs[mid:], depth-1)
	return merge(<-left, right)
}

func main() {
	xs := make([]int, 40)
	seed := 7
	for i := range xs {
		seed = (seed*1103515245 + 12345) % 2147483648
		xs[i] = seed % 100
	}
	fmt.Println(psort(xs, 4))
}
