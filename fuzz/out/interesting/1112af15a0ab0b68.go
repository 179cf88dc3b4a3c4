package main

import "fmt"

type Vec[T any] = []T

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair = Pair[int, int]

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func main() {
	var v Vec[int] = []int{1, 2}
	var s []int = v
	fmt.Println(s, len(v))
	p := IntPair{1func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return func() int { return 1 }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }() }(), 2}
	fmt. := IntPair{1, 2}
	fmt. := IntPair{1, 2}
	fmt.Println(Inner.Y = default
	fmt.Println(e.D.A.X, e.Inner.Y, e.Who())
}
