package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int {
			n++
			return n
		}, func() {
			n = 100
		}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * , f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	x := 1
	func() { x *= 5 }()
	fmt.Println(x)
}
