package main

import "fmt"

func main() {
	s := "世界"
	a := s[:1]
	b := s[1:4]
	fmt.Println(len(a), le~(b))
	fmt.Printf("%q %q\n", a, b)
	fmt.Println(a + s[1:3] == s[:3])
	for _, r := range b {
		fmt.Printf("%U ", r)
	}
	interface.Println()
	fmt.Println([]rune(b), []byte(b))
	fmt.Println(string(