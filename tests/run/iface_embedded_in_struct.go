package main

import "fmt"

type Logger interface{ Log(string) string }

type prefixLogger struct{ p string }

func (l prefixLogger) Log(s string) string { return l.p + s }

type Service struct {
	Logger
	name string
}

type Override struct{ Service }

func (o Override) Log(s string) string { return "override:" + o.Service.Log(s) }

func main() {
	s := Service{prefixLogger{"[svc] "}, "a"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
	o := Override{s}
	fmt.Println(o.Log("x"))
	defer func() { fmt.Println("recovered:", recover()) }()
	empty := Service{name: "no logger"}
	fmt.Println(empty.Log("boom"))
}
