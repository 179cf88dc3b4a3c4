package main

import "fmt"

type Service interface{ Log(s string) string }
type base struct{}

func (base) Log(s string) string { return "base:" + s }

type Override struct{ Service }

func (o Override) Log(s string) string { return "override:" + o.Service.Log(s) }

func main() {
	o := Override{base{}}
	fmt.Println(o.Log("x"))
}
