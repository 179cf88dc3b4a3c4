package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := Rect{Min: p, Max: Point{X: 10, Y: 10}, Label: "box"}
	fmt.Println(p, q, r)
	fmt.Printf("%+v\n", r)
	r.Max.Y = 20
	pp := &r.Min
	pp.X = 7
	fmt.Println(r.Min.X, r.Max.Y, p == Point{1, 2})
	anon := struct {
		Name string
		Age  int
	}{"gopher", 15}
	fmt.Println(anon.Name, anon.Age)
	var zero Rect
	fmt.Println(zero.Label == "", zero.Min == Point{})
	type local struct{ a, b bool }
	fmt.Println(local{b: true})
}
