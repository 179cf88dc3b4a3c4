package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 30
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	parr := &arr
	for i, v := range parr {
		parr[2] = 300
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	t := []int{1, 2, 3, 4}
	for i := range t {
		t[i] *= 2
	}
	fmt.Println(t)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	var n int8 = 3
	for i := range n {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
}
