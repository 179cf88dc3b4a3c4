package main

import "fmt"

func main() {
	var s []int
	fmt.Println(len(s), s == nil)
	for i := range s {
		fmt.Println("never", i)
	}
	s[0] = 1
}
