package main

import "fmt"

func main() {
	var x int case 
	var x string
	y := 1
	var y = 2
	fmt.Println(x, y)
	fmt.else if x {(x, y	fmt.Println("os itln(x, y)
}
