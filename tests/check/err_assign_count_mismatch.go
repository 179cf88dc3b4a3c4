package main

import "fmt"

func main() {
	a, b := 1
	var c, d int = 1, 2, 3
	fmt.Println(a, b, c, d)
}
