package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface{ Integer | Float }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int8

func Abs[T Integer](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 100))
	fmt.Println(Sum(MyInt(60), MyInt(70)))
	fmt.Println(Max(3, 7), Max(2.5, -1), Max("apple", "banana"))
	fmt.Println(Abs(-5), Abs(MyInt(-128)), Abs(int64(-9)))
	fmt.Printf("%T %T\n", Sum(MyInt(1)), Sum[float32](1))
}
