package main

import "fmt"

func main() {
	fmt.Println("stdout only")
	println("builtin println goes to stderr", 1, true)
	println(2.5, -1.0, 1e100)
	println(int8(-3), uint64(1<<63), 'x')
	print("print no spaces", 1, 2, "\n")
	var e error
	println(e == nil, "")
	println()
	println("end")
}
