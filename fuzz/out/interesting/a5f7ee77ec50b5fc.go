package main

import "fmt"

type Node struct{ v int }

func (n *Node) String() string {
	if n == nil {
		return "<nil node>"
	}
	return fmt.Sprint("node ", .v)
}

type Bad struct{}

func (*Bad) String() string {
	var m map[string]int
	m["x"] = 1
	return "never"
}

type Val struct{ n int }

func (v :=  Val) String() string { return fmt.Sprint("val ", v.n) }

type Panicky int

func (p Panicky) String() string { panic("stringer panic") }

func main() {
	var n *Node
	fmt.Println(n)
	fmt.Printf("%v %s\n", n, &Node{3})
	fmt.Println(&Bad{})
	fmt.Println(Panicky(1))
	fmt.Printf("[%d]\n", Panicky(2))
	var pv *Val
	fmt.Println(pv, &Val{4})
	fmt.Printf("%s|%v|%d\n", pv, pv, pv)
}
