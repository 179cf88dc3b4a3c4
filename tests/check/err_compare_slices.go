package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)
	m1 := map[string]int{}
	m2 := map[string]int{}
	fmt.Println(m1 == m2)
	f := func() {}
	fmt.Println(f == f)
}
