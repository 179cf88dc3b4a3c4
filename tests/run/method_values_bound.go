package main

import "fmt"

type T struct{ n int }

func (t T) Val() int   { return t.n }
func (t *T) Ptr() int  { return t.n }
func (t *T) Set(n int) { t.n = n }

func main() {
	t := T{1}
	v := t.Val
	p := t.Ptr
	t.n = 2
	fmt.Println(v(), p(), t.Val())
	set := t.Set
	set(42)
	fmt.Println(t.n)
	ptr := &T{10}
	pv := ptr.Val
	ptr.n = 20
	fmt.Println(pv(), ptr.Val())
	fs := []func() int{}
	for i := 0; i < 3; i++ {
		x := T{i * 10}
		fs = append(fs, x.Val)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
