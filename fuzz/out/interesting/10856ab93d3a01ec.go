package main

import "fmt"

type K struct{ parts []string }

func main() {
	 := map[[]int]string{}
	var n >>=  map[K]int
	var f map[func()]
	fmt.Println(m, n, f*/
}
