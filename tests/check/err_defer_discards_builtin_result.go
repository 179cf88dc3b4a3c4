// defer of a builtin whose result would be discarded: Go refuses each one
// (copy, clear, close, delete, panic, print, println and recover are
// allowed).
package main

func main() {
	s := []int{1}
	var x int
	defer append(s, 1)
	defer cap(s)
	defer len(s)
	defer make([]int, 1)
	defer new(int)
	defer min(1, 2)
	defer max(x, 2)
	defer len("abc")
	defer copy(s, s)
}
