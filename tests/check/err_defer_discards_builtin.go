package main

import "fmt"

func main() {
	s := []int{1}
	defer len(s)
	go append(s, 2)
	defer fmt.Println("this one is fine")
}
