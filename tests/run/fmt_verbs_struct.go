package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	p     *Point
}

type Wrapper struct {
	Items []Point
	Meta  map[string]int
	Any   interface{}
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	l := Line{Point{0, 0}, Point{3, 4}, "diag", nil}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	w := Wrapper{[]Point{{1, 1}}, map[string]int{"k": 1}, p}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	var np *Point
	fmt.Printf("%v|%+v|%#v\n", np, np, np)
	fmt.Println([]*Point{nil}[0])
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v|%+v|%#v|%T\n", anon, anon, anon, anon)
}
