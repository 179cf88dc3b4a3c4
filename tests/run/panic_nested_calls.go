package main

import "fmt"

func level3(n int) int {
	if n == 0 {
		panic("bottom reached")
	}
	return level3(n-1) + 1
}

func level2() int { return level3(3) }

func level1() int {
	defer fmt.Println("level1 deferred")
	return level2()
}

func main() {
	defer fmt.Println("main deferred")
	fmt.Println(level1())
}
