package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	*p += 10
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 100
	fmt.Println(x)
	a, b := newInt(5), newInt(5)
	fmt.Println(*a == *b, a == b)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	q := new(int)
	fmt.Println(*q)
	var np *Node
	fmt.Println(np == nil, np)
}
