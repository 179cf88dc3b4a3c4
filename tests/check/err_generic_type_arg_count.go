package main

import "fmt"

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Id[T any](x T) T { return x }

func main() {
	var p Pair[string]
	var q Pair[int, int, int]
	fmt.Println(p, q, Id[int, string](1))
}
