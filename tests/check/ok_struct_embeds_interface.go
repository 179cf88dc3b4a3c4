package main

import "fmt"

type Logger interface{ Log(string) string }

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

type Service struct {
	Logger
	name string
}

type loud struct{ Service }

func (l loud) Log(s string) string { return l.Service.Log(s) + "!!!" }

func main() {
	s := Service{prefixLogger{"[svc] "}, "db"}
	fmt.Println(s.Log("start"))
	var l Logger = s
	fmt.Println(l.Log("as interface"))
	l = loud{s}
	fmt.Println(l.Log("shadowed method"))
}
