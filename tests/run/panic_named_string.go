package main

import "fmt"

type Reason string

// A named string type prints quoted with its type: main.Reason("disk full").
func main() {
	r := Reason("disk full")
	fmt.Println("reason:", r)
	panic(r)
}
