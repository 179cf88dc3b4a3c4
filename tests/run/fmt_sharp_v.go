package main

import "fmt"

type Color int
type Name string
type T struct {
	A []int
	B map[string]bool
	C *int
	D interface{}
	E [2]string
	F float64
}

func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", "str")
	fmt.Printf("%#v\n", 1.0)
	fmt.Printf("%#v\n", 1e21)
	fmt.Printf("%#v\n", []string{"a"})
	fmt.Printf("%#v\n", map[int]string{2: "b", 1: "a"})
	fmt.Printf("%#v\n", Color(3))
	fmt.Printf("%#v\n", Name("n"))
	fmt.Printf("%#v\n", T{A: []int{1}, D: 3, E: [2]string{"x", ""}, F: 2})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", uint8(7))
	fmt.Printf("%#v\n", 'x')
	fmt.Printf("%#v\n", []byte{1, 2})
	fmt.Printf("%#v %#v\n", true, nil)
	var e error
	fmt.Printf("%#v\n", e)
	fmt.Printf("%#v\n", [0]int{})
	fmt.Printf("%#v\n", int64(-5))
	fmt.Printf("%#v\n", uintptr(9))
}
