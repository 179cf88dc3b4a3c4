package main

import "fmt"

type Speaker interface{ Speak() string }

type Base struct{ id int }

func (b Base) Speak() string { return fmt.Sprint("base ", b.id) }
func (b *Base) Inc()        { b.id++ }

type Wrapper struct {
	Base
	extra string
}

type Incer interface{ Inc() }

type Override struct{ Base }

func (Override) Speak() string { return "override" }

func main() {
	w := Wrapper{Base{1}, "x"}
	var s Speaker = w
	fmt.Println(s.Speak())
	var i Incer = &w
	i.Inc()
	i.Inc()
	fmt.Println(w.Speak(), s.Speak())
	var o Speaker = Override{Base{5}}
	fmt.Println(o.Speak())
	_, ok := s.(Incer)
	_, ok2 := Speaker(&w).(Incer)
	fmt.Println(ok, ok2)
}
