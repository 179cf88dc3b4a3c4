package main

import (
	"fmt"
	"time"
)

type future[T any] struct{ ch chan T }

func async[T any](f func() T) future[T] {
	ch := make(chan T, 1)
	go func() { ch <- f() }()
	return future[T]{ch}
}

func (f future[T]) await() T { return <-f.ch }

func main() {
	a := async(func() int { time.Sleep(10 * time.Millisecond); return 40 })
	b := async(func() string { return "answer" })
	c := async(func() int { time.Sleep(5 * time.Millisecond); return 2 })
	fmt.Println(b.await(), a.await()+c.await())
}
