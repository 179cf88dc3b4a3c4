package main

import "fmt"

func main() {
	x := 1
	y := 2.5
	fmt.Println(x + y)
	var a int32 = 1
	var b int64 = 2
	fmt.Println(a < b)
}
