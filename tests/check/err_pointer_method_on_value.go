package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func make1() T { return T{} }

func main() {
	T{}.Inc()
	make1().Inc()
	m := map[string]T{}
	m["a"].Inc()
	fmt.Println(m)
}
