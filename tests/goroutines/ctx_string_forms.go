package main

import (
	"context"
	"fmt"
)

type k string

func main() {
	bg := context.Background()
	c1, cancel := context.WithCancel(bg)
	defer cancel()
	v := context.WithValue(c1, k("user"), "ann")
	c2, cancel2 := context.WithCancelCause(v)
	defer cancel2(nil)
	fmt.Println(c1)
	fmt.Println(v)
	fmt.Println(c2)
	fmt.Println(context.WithoutCancel(c1))
}
