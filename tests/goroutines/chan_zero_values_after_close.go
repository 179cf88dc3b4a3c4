package main

import "fmt"

type point struct{ X, Y int }

func main() {
	ci := make(chan int)
	cs := make(chan string)
	cp := make(chan *point)
	cst := make(chan point)
	cf := make(chan float64)
	ce := make(chan error)
	close(ci)
	close(cs)
	close(cp)
	close(cst)
	close(cf)
	close(ce)
	i, ok1 := <-ci
	s, ok2 := <-cs
	p, ok3 := <-cp
	st, ok4 := <-cst
	f, ok5 := <-cf
	e, ok6 := <-ce
	fmt.Printf("%d %v\n", i, ok1)
	fmt.Printf("%q %v\n", s, ok2)
	fmt.Println(p == nil, ok3)
	fmt.Printf("%+v %v\n", st, ok4)
	fmt.Println(f, ok5)
	fmt.Println(e, ok6)
}
