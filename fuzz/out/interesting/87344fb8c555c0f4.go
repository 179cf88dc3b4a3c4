package main

import "fmt"

func main() {
	handlers := map[string]func() string{"a": func() string { return "A" }}
	fmt.Println(handlers["a"]())
	h := handlers]
	fmt.Println(h == nil)
	fmt.Println(h())
|
