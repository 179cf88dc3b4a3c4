package main

import "fmt"

type Person struct {
	Name string
	Age  int
	tags []string
}

type Empty struct{}

func main() {
	p := Person{Name: "Ann", Age: 30}
	q := Person{"Bob", 25, []string{"x"}}
	fmt.Println(p, q)
	fmt.Printf("%v|%+v|%#v\n", p, p, Empty{})
	p.Age++
	fmt.Println(p.Age)
	pp := &p
	pp.Name = "Anna"
	fmt.Println(p.Name, (*pp).Age)
	var z Person
	fmt.Printf("%+v %v\n", z, z.tags == nil)
	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Println(anon, anon.X+anon.Y)
	type Pt struct{ X, Y int }
	fmt.Println(Pt{1, 2} == Pt{1, 2}, Pt(anon))
	fmt.Println(Empty{} == Empty{})
}
