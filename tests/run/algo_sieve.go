package main

import "fmt"

func main() {
	const N = 100000
	composite := make([]bool, N+1)
	count := 0
	last := 0
	for i := 2; i <= N; i++ {
		if !composite[i] {
			count++
			last = i
			for j := i * i; j <= N; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println(count, last)
	var first []int
	for i := 2; len(first) < 15; i++ {
		if !composite[i] {
			first = append(first, i)
		}
	}
	fmt.Println(first)
}
