package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]P{"a": {1, 2}}
	m["a"].X = 10
	arrs := map[int][2]int{}
	arrs[0][1] = 5
	fmt.Println(m, arrs)
}
