package main

import "fmt"

type T struct{}

func (t *T) Ptr() {}

func main() {
	f := T.Ptr
	fmt.Println(f)
}
