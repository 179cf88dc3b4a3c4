package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	x := 1
	n := 3
	fmt.Println(x << n)
	n = -1
	fmt.Println(x << n)
}
