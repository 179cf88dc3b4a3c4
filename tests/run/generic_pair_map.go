package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func Swap[K comparable, V comparable](p Pair[K, V]) Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	es := Entries(m, func(a, b string) bool { return a < b })
	fmt.Println(es)
	fmt.Println(Swap(es[0]))
	p := Pair[int, []string]{1, []string{"x"}}
	fmt.Println(p)
	fmt.Printf("%T\n", p)
}
