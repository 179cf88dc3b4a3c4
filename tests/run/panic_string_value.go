package main

import "fmt"

func main() {
	fmt.Println("start")
	defer fmt.Println("deferred before crash")
	msg := "something bad happened"
	panic(msg)
	fmt.Println("unreachable")
}
