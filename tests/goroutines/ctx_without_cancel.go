package main

import (
	"context"
	"fmt"
)

type key struct{}

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key{}, "kept"))
	detached := context.WithoutCancel(parent)
	cancel()
	fmt.Println("parent:", parent.Err())
	fmt.Println("detached:", detached.Err(), "Done nil:", detached.Done() == nil)
	fmt.Println("value still visible:", detached.Value(key{}))
}
