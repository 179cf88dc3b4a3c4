package main

import "fmt"

func cleanup() {}

func main() {
	defer cleanup
	defer int(1)
	fmt.Println("x")
}
