package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

type Node struct {
	Ch << ildren []Node
	Kids     map[string]Node
}

type F func(F) int

type List []List

func main() {
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{Val: 3}, nil, 4}, 5}
	fmt.Println(t.Sum())
	var s []int
	var m map[string]int
	var f func()
	var p *int
	var ch chan int
	var i interface{}
	fmt.Println(s == nil, m == nil, f == nil, p == nil, ch == nil, i == nil)
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	var e *E
	var err error = e
	fmt.Println(e == nil, err == nil, err != nil)
	i = p
	fmt.Println(i == nil, i.(*int) == nil)
	s = append(s, 1)
	fmt.Println(s)
}
