package main

import "fmt"

type Inc interface{ Inc() int }

type base struct{ n int }

func (b *base) Inc() int {
	b.n++
	return b.n
}

type byPtr struct{ *base }
type byVal struct{ base }

func main() {
	v := byPtr{&base{}}
	var i Inc = v
	i.Inc()
	fmt.Println(i.Inc(), v.n)
	w := &byVal{}
	var j Inc = w
	j.Inc()
	fmt.Println(w.n)
	var x byVal
	x.Inc()
	fmt.Println(x.n)
}
