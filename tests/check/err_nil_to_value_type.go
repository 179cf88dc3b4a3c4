package main

import "fmt"

type S struct{}

func main() {
	var i int = nil
	var s string
	s = nil
	var t S = nil
	fmt.Println(i, s, t)
}
