package main

import "fmt"

type Inner struct{ V int }
type Outer struct {
	I  Inner
	PI *Inner
}

func main() {
	in := &Inner{5}
	fmt.Println(in)
	fmt.Printf("%v %+v\n", in, in)
	o := Outer{Inner{1}, nil}
	fmt.Printf("%v %+v\n", o, o)
	po := &o
	fmt.Println(po)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr)
	sl := &[]string{"a"}
	fmt.Println(sl)
	m := &map[string]int{"a": 1}
	fmt.Println(m)
	var pi *int
	fmt.Println(pi)
	ppi := &in
	fmt.Println(*ppi)
}
