package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

func mayFail(fail bool) error {
	var p *E
	if fail {
		return p
	}
	return nil
}

func main() {
	var s []int
	var m map[string]int
	var f func()
	var p *int
	var ch chan int
	var i interface{}
	fmt.Println(s == nil, m == nil, f == nil, p == nil, ch == nil, i == nil)
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	var e *E
	var err error = e
	fmt.Println(e == nil, err == nil, err != nil)
	i = p
	fmt.Println(i == nil, i.(*int) == nil)
	s = append(s, 1)
	fmt.Println(s)
}
