package main

import "fmt"

type Counter interface{ Inc() }

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func use(c Counter) { c.Inc() }

func main() {
	var c C
	use(c)
	fmt.Println(c.n)
}
