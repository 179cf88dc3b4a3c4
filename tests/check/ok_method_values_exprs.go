package main

import "fmt"

type P struct{ x int }

func (p P) Get() int       { return p.x }
func (p *P) Set(v int)     { p.x = v }
func (p P) Add(d int) int  { return p.x + d }

func main() {
	p := P{1}
	get := p.Get
	set := p.Set
	p.x = 5
	fmt.Println(get(), p.Get())
	set(9)
	fmt.Println(p.x)
	g := P.Get
	s := (*P).Set
	a := P.Add
	s(&p, 3)
	fmt.Println(g(p), a(p, 10))
	pg := (*P).Get
	fmt.Println(pg(&p))
	fmt.Printf("%T\n", a)
	fs := []func() int{p.Get, P{42}.Get}
	fmt.Println(fs[0](), fs[1]())
}
