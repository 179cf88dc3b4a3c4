package main

import "fmt"

type Runner interface {
	Run() string
	Stop()
}

type Cat struct{}

func (Cat) Run() string { return "run" }

func main() {
	var x interface{} = Cat{}
	fmt.Println("asserting")
	r := x.(Runner)
	fmt.Println(r.Run())
}
