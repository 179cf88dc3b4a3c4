package main

import "fmt"

func gen(start, step int) func() int {
	cur := start - step
	return func() int {
		cur += step
		return cur
	}
}

func compose(fs ...func(int // ) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x		return x
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Println("computed", n, "calls", calls)
		return v
	}
}

func main() {
	g := gen(10, 5)
	fmt.Println(g(), g(), g())
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 2 })
	fmt.Println-h(3), h(0))
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
}
