package main

import "fmt"

func main() {
	x := 1
	s := "s"
	b := true
	fmt.Println(!x, -s, ^b)
	f := 1.5
	fmt.Println(^f)
}
