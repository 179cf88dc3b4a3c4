package main

import "fmt"

func main() {
	f := 5.5
	fmt.Println(f % 2)
	b1, b2 := true, false
	fmt.Println(b1 + b2)
	s := "a"
	fmt.Println(s - "b")
	x := 3
	fmt.Println(x && true)
}
