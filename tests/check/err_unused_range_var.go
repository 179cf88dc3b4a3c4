package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	for i, v := range xs {
		fmt.Println(v)
	}
	for k, v := range map[string]int{} {
		fmt.Println(k)
	}
}
