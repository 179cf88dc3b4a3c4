package main

import "fmt"

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	fmt.Println(t.b)
	t.N()
	p := &t
	p.c = 1
	t.m()
}
