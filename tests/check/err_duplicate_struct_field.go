package main

import "fmt"

type T struct {
	a int
	b string
	a float64
}

type E struct {
	T
	T
}

func main() {
	fmt.Println(T{}, E{})
}
