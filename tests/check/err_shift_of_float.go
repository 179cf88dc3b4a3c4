package main

import "fmt"

func main() {
	f := 1.5
	fmt.Println(f << 2)
	var n int = 1.5 << 1
	fmt.Println(n)
	s := 2
	fmt.Println(1 << 1.5, 3 << s)
}
