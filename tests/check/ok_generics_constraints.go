package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringer interface{ String() string }

type StringerInt interface {
	~int
	String() string
}

type Level int

func (l Level) String() string { return strings.Repeat("*", int(l)) }

func Show[T StringerInt](xs ...T) string {
	total := 0
	parts := []string{}
	for _, x := range xs {
		total += int(x)
		parts = append(parts, x.String())
	}
	return fmt.Sprint(strings.Join(parts, "|"), " ", total)
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1))
	fmt.Println(Max[float64](3, 2.5))
	fmt.Println(Show(Level(1), Level(3)))
	type Set map[string]bool
	fmt.Println(Keys(Set{"a": true, "b": false}))
}
