package main

import (
	"fmt"
	"strings"
)

type Words []string

func (w Words) Join() string { return strings.Join(w, "+") }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func main() {
	fmt.Println(Words{"a", "b"}.Join())
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	var mul Op = func(a, b int) int { return a * b }
	fmt.Println(mul.Apply(6, 7))
	fmt.Println(Temp(21.55), []Temp{1, 2})
}
