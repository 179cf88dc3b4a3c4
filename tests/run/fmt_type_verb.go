package main

import (
	"errors"
	"fmt"
)

type S struct{}
type I interface{ M() }
type F func(int) string

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), 1.5, float32(1), "s", 'r', byte(1), true, nil,
		[]int{}, [3]string{}, map[string][]int{}, &S{}, S{}, errors.New("x"),
		func() {}, F(nil), struct{ A int }{}, []interface{}{}, new(error),
		complex(1, 2), [][]float64{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var i I
	fmt.Printf("%T\n", i)
	fmt.Printf("%T %T\n", fmt.Println, fmt.Sprintf)
}
