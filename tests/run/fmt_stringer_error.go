package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func main() {
	c := Celsius(21.5)
	fmt.Println(c, []Celsius{1, 2})
	fmt.Printf("%v|%s|%d|%.2f|%+v|%#v\n", c, c, c, c, c, c)
	p := Pt{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %v\n", p, &p)
	fmt.Println(E{7}, []error{E{1}, errors.New("plain")})
	fmt.Printf("%v|%s|%q|%d\n", E{3}, E{3}, E{3}, E{3})
	fmt.Println(Both{})
	m := map[Celsius]E{1: {1}}
	fmt.Println(m)
	var np *Pt
	fmt.Println(np == nil)
	fmt.Printf("%x\n", c)
	fmt.Println(struct{ C Celsius }{5})
}
