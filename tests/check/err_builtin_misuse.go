package main

import "fmt"

func main() {
	n := 5
	fmt.Println(len(n))
	fmt.Println(cap(map[int]int{}))
	var x int
	x = append(x, 1)
	m := make(int)
	s := make([]int)
	delete([]int{}, 0)
	fmt.Println(m, s, new(5))
}
