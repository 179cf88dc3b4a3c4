package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	x := two()
	var y, z, w = two()
	fmt.Println(x, y, z, w)
}
