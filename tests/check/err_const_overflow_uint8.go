package main

import "fmt"

func main() {
	var b uint8 = 300
	var i int8 = -129
	fmt.Println(b, i)
}
