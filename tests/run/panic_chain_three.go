package main

import "fmt"

func main() {
	defer fmt.Println("first-registered defer still runs")
	defer func() { panic("third") }()
	defer func() { panic("second") }()
	fmt.Println("about to panic")
	panic("first")
}
