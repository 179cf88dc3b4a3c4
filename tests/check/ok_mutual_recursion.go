package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

type A struct{ b *B }
type B struct{ a *A }

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	a := &A{}
	a.b = &B{a}
	fmt.Println(a.b.a == a)
}
