package main

import "fmt"

func main() {
	var a [4]int
	for i := 0; i <= len(a); i++ {
		a[i] = i * i
		fmt.Println(a[i])
	}
}
