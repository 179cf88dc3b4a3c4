package main

import "fmt"

func main() {
	var x int
	var x string
	y := 1
	var y = 2
	fmt.Println(x, y)
}
