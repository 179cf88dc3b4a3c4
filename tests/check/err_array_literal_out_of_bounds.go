package main

import "fmt"

func main() {
	a := [2]int{1, 2, 3}
	b := [3]string{5: "x"}
	fmt.Println(a, b)
}
