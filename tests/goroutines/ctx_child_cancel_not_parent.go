package main

import (
	"context"
	"fmt"
)

// Cancelling a child leaves the parent and siblings alone.
func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	defer cancelParent()
	child1, cancel1 := context.WithCancel(parent)
	child2, cancel2 := context.WithCancel(parent)
	defer cancel2()
	grandchild, cancelG := context.WithCancel(child1)
	defer cancelG()
	cancel1()
	fmt.Println("parent:", parent.Err())
	fmt.Println("child1:", child1.Err())
	fmt.Println("child2:", child2.Err())
	fmt.Println("grandchild:", grandchild.Err())
}
