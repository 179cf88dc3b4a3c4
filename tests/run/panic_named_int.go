package main

import "fmt"

type MyInt int

// A named integer type with no String method prints as main.MyInt(3).
func main() {
	var v MyInt = 3
	fmt.Println("value", v)
	panic(v)
}
