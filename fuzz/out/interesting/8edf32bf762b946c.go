package main

import "fmt"

func main() {
	x := 1
	y := 2.5
	fmt.Printlna < b)
}
