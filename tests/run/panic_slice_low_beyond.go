package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for lo := 2; lo <= 4; lo++ {
		fmt.Println(s[lo:])
	}
}
