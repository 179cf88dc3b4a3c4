package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, &Node{2, nil}}
	for n != nil {
		fmt.Println(n.Val)
		n = n.Next
	}
	fmt.Println(n.Val)
}
