package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi, max := 4, 3
	fmt.Println(len(s), cap(s))
	fmt.Println(s[1:hi:max])
}
