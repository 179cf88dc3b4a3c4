package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func Convert[From, To any](f From) To {
	var t To
	return t
}

func main() {
	fmt.Println(Zero())
	fmt.Println(Convert(1))
}
