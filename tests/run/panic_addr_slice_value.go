package main

import "fmt"

// A slice panic value prints as "([]int) 0x..." with an address:
// only the text before "0x" is reproducible.
func main() {
	s := []int{1, 2}
	fmt.Println("len", len(s))
	panic(s)
}
