package main

import "fmt"

func helper() {}

var helper = 1

type T struct{}

type T int

const fmt = "shadow import"

func main() {
	fmt.Println("x")
}
