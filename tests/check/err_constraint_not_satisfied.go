package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type MyInt int8

func main() {
	fmt.Println(Sum("a", "b"))
	fmt.Println(Sum[MyInt](1))
}
