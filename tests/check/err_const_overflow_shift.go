package main

import "fmt"

func main() {
	var x int64 = 1 << 64
	var u uint = -1
	fmt.Println(x, u)
}
