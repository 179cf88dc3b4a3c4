package main

import "fmt"

func half(f float64) float64 { return f / 2 }

func main() {
	n := 3
	fmt.Println(half(n))
	fmt.Println(half("3"))
}
