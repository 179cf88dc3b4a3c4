package main

import "fmt"

func forever(n int) int {
	return forever(n+1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt. +1)  1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(forever(0))
}
