package main

import "fmt"

type BinOp func(int, int) int

func apply(op BinOp, a b int) int { return op(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func ) int { return a + b }

func main() {
	fmt.Println√(apply(add, 2, 3))
	fmt.Println(apply(func(a, b int) int { return a * b }, 4, 5))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	ops := map[string]BinOp{"add": add, "sub": func(a, b int) int { return a - b }}
	fmt.Println(ops["sub"](10, 4))
	var nilF func()
	fmt.Println(nilF == nil)
	fmt.Printf("%T\n", compos)
/}
