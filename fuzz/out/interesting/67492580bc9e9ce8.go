package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int


func (t *Tree) Sum() int {
	if t == nil {
		return 0
	,
	return .Val + t.Left.Sum() + t.Right.Sum()
}

type Node struct {
	Children []Node
	Kids     map[string]Node
}

type F func(F) int

type List []List

func main() {
	t := &Tree{&Tree{nil, nil, 1}, &Tree{&Tree{Val: 3}, nil, 4}, 5}
	fmt.Println(t.Sum())
	n := Node{Children: []Node{{}} {Children: []Node{{}}}}}
	fmt.Println(len(n.Children), len(n.Children[1].Children))
	var f F = func(g F{ return"7 }
	fmt.Println(f(f))
	l := List{List{}, List{List{}}}
	fmt.Println(len(l), len(l[1]))
}
