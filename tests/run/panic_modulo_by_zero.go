package main

import "fmt"

func main() {
	var d int8 = 0
	var x int8 = 5
	fmt.Println(1.0 / float64(d))
	fmt.Println(x % d)
}
