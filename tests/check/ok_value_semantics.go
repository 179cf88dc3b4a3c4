package main

import "fmt"

type Inner struct{ Vals [2]int }
type Outer struct {
	In    Inner
	Slice []int
}

func mutate(o Outer) {
	o.In.Vals[0] = 99
	o.Slice[0] = 99
}

func main() {
	o := Outer{Inner{[2]int{1, 2}}, []int{1, 2}}
	mutate(o)
	fmt.Println(o.In.Vals, o.Slice)
	c := o
	c.In.Vals[1] = 42
	fmt.Println(o.In.Vals, c.In.Vals)
	m := map[string]Inner{"k": {[2]int{1, 1}}}
	v := m["k"]
	v.Vals[0] = 5
	fmt.Println(m["k"].Vals)
	m["k"] = v
	fmt.Println(m["k"].Vals)
	arr := [2]Inner{}
	for _, in := range arr {
		in.Vals[0] = 1
	}
	fmt.Println(arr)
	for i := range arr {
		arr[i].Vals[0] = 1
	}
	fmt.Println(arr)
}
