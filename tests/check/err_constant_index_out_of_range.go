package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(arr[5])
	s := []int{1}
	fmt.Println(s[-1])
	fmt.Println("abc"[10])
	fmt.Println(arr[1:4])
}
