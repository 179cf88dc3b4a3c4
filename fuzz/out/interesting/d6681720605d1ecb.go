package main

import "fmt"

type K struct{ parts []string }

func main() {
	m := map[[]int]string{}
	var n >>=  map[K]int
	var f map[func()]bool
	fmt.Println(m, n, f*/
}
