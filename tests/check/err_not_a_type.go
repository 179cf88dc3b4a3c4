package main

import "fmt"

var notType = 1

func f() {}

func main() {
	var a notType
	var b f
	var c fmt
	fmt.Println(a, b, c)
}
