package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type MyFloat float64

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]MyFloat{1.5, 2.5}))
	fmt.Println(Sum[int64](nil))
	strs := Map([]int{1, 2}, func(i int) string { return fmt.Sprint("#", i) })
	fmt.Println(strs, len(strs))
	fmt.Printf("%T\n", Sum[MyFloat])
}
