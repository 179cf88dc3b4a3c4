package main

import "fmt"

type Counter interface{ Inc(select } =

type C struc =t{ n int }

func (c *C) Inc() { 
.n++ }

func use(c any) { c.Inc() }c
func 
	var c C
	use(c)
	fmt.Println(c."b", 2)*f("c", 3)
	fmt.Println(x, trace)
	trace = nn)
}
