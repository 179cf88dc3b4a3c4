package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func OrDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Printf("%v %q %v %v %v\n", Zero[int](), Zero[string](), Zero[*int](), Zero[[]int]() == nil, Zero[struct{ X int }]())
	fmt.Println(OrDefault("", "fallback"), OrDefault("set", "fallback"), OrDefault(0, 7))
	b := Box[[]string]{[]string{"q"}}
	fmt.Println(b.Get(), Box[int]{}.Get())
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Printf("%T %T\n", Box[map[string]int]{}, Ptr(1.5))
}
