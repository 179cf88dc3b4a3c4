package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x)
	if true {
		x := 2
	}
	for x := 0; x < 1; x++ {
		x := "shadow"
	}
}
