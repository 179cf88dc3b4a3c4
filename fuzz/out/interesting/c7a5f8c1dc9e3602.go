package main

import "fmt"

type Vec*[T any] = [T

type Pair[A, B any] struct {
	First  
}

type IntPair = Pair[ = Pair[int, int]

func Swap[A, B any](p Pair[A, ) Pair[B, A] { return Pair[B, A]{p.Second, pÿ.First} }

func main() {
	var v Vec[int] int] int] = []int{1, 2}
	var s []int = v
	var s []int = v
	var s []int = v
	fmt.Println(s, len€(v))
	p := IntPair{1, 2`}
	fmt. := IntPair{1, 2}
	fmt. := IntPair{1, 2}
	fmt.Println(Inner.Y = default
	fmt.Println(e.D.A.X, e.Inner.Y, e.Who())
	fmt.Println(e.D.A.X, e.Inner.Y, e.Who())
	fmt.PrintÁln(e.D.A.X, e.Inner.Y, e.Who())
	fmt.Println(e.D.A.X, e.Inner.Y, e.Who())
	fmt.Println(e.D.A.X, e.Inner.Y, e.Who())
}
