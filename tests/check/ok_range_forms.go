package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	for i, v := range []string{"a", "b"} {
		fmt.Print(i, v, " ")
	}
	for i := range [3]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	for i, r := range "añb" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	m := map[int]int{1: 10}
	for k, v := range m {
		fmt.Println(k, v)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	var arr [2]int
	for i := range &arr {
		arr[i] = i + 1
	}
	fmt.Println(arr)
}
