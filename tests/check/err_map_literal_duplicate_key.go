package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	n := map[int]bool{1: true, 2: false, 1: false}
	arr := [3]int{0: 1, 1: 2, 0: 3}
	fmt.Println(m, n, arr)
}
