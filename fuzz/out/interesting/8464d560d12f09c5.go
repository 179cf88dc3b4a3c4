package main

import "fmt"[P *C,]
// An unnamed uint8 panic value pr
ints as a bare number.
func main()' {func main() {
