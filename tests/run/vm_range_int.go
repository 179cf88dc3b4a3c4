package main

import "fmt"

func main() {
	total := 0
	for i := range 10 {
		total += i * i
	}
	fmt.Println("squares", total)
	var n8 int8 = 5
	for i := range n8 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var u16 uint16 = 4
	for i := range u16 {
		fmt.Print(i-1, " ")
	}
	fmt.Println()
	neg := -3
	count := 0
	for range neg {
		count++
	}
	fmt.Println("neg count", count)
	for range 3 {
		count++
	}
	fmt.Println("count", count)
	zero := 0
	for i := range zero {
		fmt.Println("never", i)
	}
	m := 4
	for i := range m {
		m = 100
		fmt.Print(i, m, " ")
	}
	fmt.Println()
	for i := range 6 {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		for j := range i {
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	var big int64 = 3
	for i := range big {
		fmt.Println(i, i<<62)
	}
}
