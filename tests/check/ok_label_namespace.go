package main

import "fmt"

func main() {
	x := 0
x:
	for x < 3 {
		x++
		if x == 2 {
			continue x
		}
		fmt.Println("x", x)
	}
	var fmtLabel = "labels and variables live in different spaces"
	_ = fmtLabel
	func() {
	x:
		for {
			break x
		}
	}()
	fmt.Println("labels are per function body")
}
