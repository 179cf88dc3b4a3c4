package main

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet() string
}

type en struct{}

func (en) Name() string  { return "en" }
func (en) Greet() string { return "hello" }

type silent struct{}

func (silent) Name() string { return "silent" }

func main() {
	for _, n := range []Namer{en{}, silent{}} {
		if g, ok := n.(Greeter); ok {
			fmt.Println(n.Name(), "greets", g.Greet())
		} else {
			fmt.Println(n.Name(), "cannot greet")
		}
	}
	var s fmt.Stringer = &strings.Builder{}
	_, isBuilder := s.(*strings.Builder)
	fmt.Println(isBuilder)
}
