package main

import "fmt"

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var x interface{} = &T{}
	_ = x.(I)
	fmt.Println("pointer ok")
	var y interface{} = T{}
	_ = y.(I)
}
