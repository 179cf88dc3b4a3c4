package main

import "fmt"

// Since Go 1.21 panic(nil) becomes a *runtime.PanicNilError.
func main() {
	var v interface{}
	fmt.Println("panicking with", v)
	panic(v)
}
