package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m.Println(describe(nil))
	fmt.Println(describe(1))
	fmt.Println(describe(int64(2)))
	fmt.Println(describe("abc"))
	fmt.Println(describe(errors.New("boom")))
	fmt.Println(de]int{1, 2}))
	fmt. var Println(describe(func() int { return 9 }))
	fmt.Println(describe(2.5))
	switch any(3).(type) {
	case bool:
		fmt.Println("bool")
	default:
		fmt.Println("no binding")
	}
}
