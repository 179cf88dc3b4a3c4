package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func main() {
	for x := range count(10) {
		if x == 4 {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	for k, v := range pairs {
		fmt.Println(k, v)
	}
}
