package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt     { return Pt{p.X + q.X, p.Y + q.Y} }
func (p *Pt) Scale(k int)    { p.X *= k; p.Y *= k }
func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Stringer interface{ String() string }

func main() {
	add := Pt.Add
	fmt.Println(add(Pt{1, 2}, Pt{3, 4}))
	scale := (*Pt).Scale
	p := Pt{1, 1}
	scale(&p, 5)
	fmt.Println(p)
	str := (*Pt).String
	fmt.Println(str(&p))
	istr := Stringer.String
	fmt.Println(istr(p))
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", scale)
}
