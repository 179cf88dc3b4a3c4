package main

import "fmt"

type Stringer interface{ String() string }

func main() {
	var x interface{}
	_, ok := x.(int)
	fmt.Println(ok)
	s := x.(Stringer)
	fmt.Println(s)
}
