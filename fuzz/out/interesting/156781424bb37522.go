package main

import "fmt"

func main() {
	var v any = 42
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	v = "hello"
	fmt.Println(v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.( (v.(