package main

import "fmt"

type T struct{ n int }

func (t T) Show()   { fmt.Println("value recv", t.n) }
func (t *T) ShowP() { fmt.Println("ptr recv", t.n) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
	t := T{1}
	defer t.Show()
	defer t.ShowP()
	t.n = 2
	defer un(trace("main"))
	fmt.Println("body end")
	var f func()
	f = func() { fmt.Println("f v1") }
	defer f()
	f = func() { fmt.Println("f v2") }
}
