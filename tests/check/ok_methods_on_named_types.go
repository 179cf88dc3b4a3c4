package main

import (
	"fmt"
	"sort"
	"strings"
)

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Set map[string]struct{}

func (s Set) Add(k string) { s[k] = struct{}{} }
func (s Set) Has(k string) bool {
	_, ok := s[k]
	return ok
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Str string

func (s Str) Shout() Str { return Str(strings.ToUpper(string(s))) + "!" }

func main() {
	w := Words{"ccc", "a", "bb"}
	sort.Sort(w)
	fmt.Println(w)
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"))
	fmt.Println(Op(func(a, b int) int { return a - b }).Apply(5, 3))
	fmt.Println(Str("hey").Shout())
}
