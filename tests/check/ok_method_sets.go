package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }
type Incer interface {
	Inc()
	Get() int
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	pc := &c
	pc.Inc()
	fmt.Println(c.Get(), pc.Get())
	var g Getter = c
	var g2 Getter = pc
	var i Incer = pc
	i.Inc()
	fmt.Println(g.Get(), g2.Get(), i.Get())
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs[0].Get())
	m := map[string]*Counter{"k": {5}}
	m["k"].Inc()
	fmt.Println(m["k"].Get())
}
