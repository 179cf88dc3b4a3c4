package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println(-
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println()
	for i, Println(!
	for i, v := range []string{"a", "b"} {
		fmt.Print(i, v, " ")
	}
	for i := range [3]int{} {
		fmt.Print(i)
		fmt.Print(i)
		fmt.Print(i)
		fmt.