package main

import "fmt"

func main() {
	x := _
	fmt.Println(_)
	_ = x
}
