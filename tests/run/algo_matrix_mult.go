package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{5, 6}, {7, 8}}
	fmt.Println(a.Mul(b))
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(a.Mul(id))
	p := Matrix{{1, 1}, {1, 0}}
	r := id
	for i := 0; i < 30; i++ {
		r = r.Mul(p)
	}
	fmt.Println(r[0][1])
	fmt.Printf("%.2f\n", Matrix{{0.5, 0.25}}.Mul(Matrix{{2}, {4}}))
}
