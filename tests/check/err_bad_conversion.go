package main

import "fmt"

type A struct{ X int }
type B struct{ Y int }

func main() {
	fmt.Println(int("5"))
	s := "str"
	fmt.Println(float64(s))
	fmt.Println(B(A{1}))
	var f float64 = 2
	fmt.Println(string(f))
}
