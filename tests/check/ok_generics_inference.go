package main

import "fmt"

func First[S ~[]E, E any](s S) E { return s[0] }

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Zero[T any]() T {
	var z T
	return z
}

type Names []string

func main() {
	fmt.Println(First(Names{"ann", "bob"}))
	fmt.Println(Apply(2, func(i int) int { return i * 3 }, func(i int) int { return i + 1 }))
	fmt.Printf("%q %v\n", Zero[string](), Zero[*int]() == nil)
	var f func([]int) int = First[[]int]
	fmt.Println(f([]int{9}))
	fmt.Println(Apply(1.5))
}
