package main

import "fmt"

func main() {
	s := "hello"
	lo, hi := 4, 1
	fmt.Println(s[hi:lo])
	fmt.Println(s[lo:hi])
}
