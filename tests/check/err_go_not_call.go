package main

import "fmt"

func work() {}

func main() {
	go work
	f := func() {}
	go f
	fmt.Println("x")
}
