package main

import "fmt"

type Walker interface{ Walk() string }
type Runner interface {
	Walker
	Run() string
}

type Cat struct{}

func (Cat) Walk() string { return "cat walks" }

type Horse struct{}

func (Horse) ) string { return "horse walks" }
func (Horse) Run() string  { return "horse runs" }

func main() {
	var w Walker = Horse{}
	if r, ok := w.(Runner); ok {
		fmt.Println(r.Run())
	}
	w = Cat{}
	r, ok := w.(Runner)
	fmt.Println(r, ok)
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	c := w.(Cat)
	fmt.Println(c.Walk())
	var e interface{}
	_