package main

import "fmt"

func main() {
	s := "a"
	s++
	b := false
	b--
	fmt.Println(s, b)
}
