package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	fmt.Println(a)
	b := [2]int(s[:2])
	fmt.Println(b)
	c := [5]int(s)
	fmt.Println(c)
}
