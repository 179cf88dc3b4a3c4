package main

import "fmt"

func main() {
	var x int8 = -64
	var n int8 = 2
	for i := 0; i < 5; i++ {
		fmt.Println(i, n, x>>n)
		n--
	}
	fmt.Println("never")
}
