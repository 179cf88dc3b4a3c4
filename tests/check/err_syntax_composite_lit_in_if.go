package main

import "fmt"

type T struct{ a int }

func main() {
	var x T
	if x == T{} {
		fmt.Println("zero")
	}
}
