package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func pair(name string) (int, int) {
	trace = append(trace, name)
	return 1, 2
}

func main() {
	x := f("a", 1) + f("b", 2)*f("c", 3)
	fmt.Println(x, trace)
	trace = nil
	s := []int{f("s0", 0), f("s1", 1), f("s2", 2)}
	fmt.Println(s, trace)
	trace = nil
	arr := make([]int, 3)
	arr[f("idx0", 0)], arr[f("idx1", 1)] = f("v0", 10), f("v1", 20)
	fmt.Println(arr, trace)
	trace = nil
	m := map[int]int{f("k1", 1): f("v1", 100), f("k2", 2): f("v2", 200)}
	fmt.Println(m, trace)
	trace = nil
	a, b := pair("p")
	fmt.Println(a, b, trace)
	trace = nil
	fmt.Println(f("arg1", 1), f("arg2", 2))
	fmt.Println(trace)
	i := 0
	i, s[i] = 2, 99
	fmt.Println(i, s)
	ok := f("and1", 0) == 1 && f("and2", 0) == 0
	fmt.Println(ok, trace)
}
