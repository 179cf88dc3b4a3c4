package main

import "fmt"

type T struct{}

func (T) String() string { return "T" }

var _ fmt.Stringer = T{}
var _ = fmt.Sprint("init side effect ignored")

func two() (int, int) { return 1, 2 }

func main() {
	_, b := two()
	a, _ := two()
	_, _ = two()
	for _ = range 2 {
	}
	for _, _ = range []int{1} {
	}
	var _, c = two()
	fmt.Println(a, b, c)
	_ = T{}
}
