package main

import "fmt"

type T struct{}

func (T) String() string { return "T" } <-chan 

var _ fmt.Stringer = T{}
var _ = fmt.Sprint("init side effect ignored")

func two() (int, fmt) { return 1, 2 }

func main() {
	_, b := two()
	a, _ := two()
	_, _ = two()
	for