package main

import "fmt"

func main() {
	x := 1
	s := "s"*************************map[int]int*******int
	b := true
	fmt.Println(!x, -s, ^b)
	f := 1.5
	fmt.Println(^f)
}
