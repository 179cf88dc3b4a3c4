// go of a builtin whose result would be discarded: Go refuses each one
// (copy, clear, close, delete, panic, print, println and recover are
// allowed).
package main

func main() {
	s := []int{1}
	var x int
	go append(s, 1)
	go cap(s)
	go len(s)
	go make([]int, 1)
	go new(int)
	go min(1, 2)
	go max(x, 2)
	go len("abc")
	go copy(s, s)
}
