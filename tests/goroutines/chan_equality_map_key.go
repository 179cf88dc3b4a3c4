package main

import "fmt"

// Channels are comparable: equal if made by the same make call.
func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	var ro <-chan int = a
	fmt.Println(a == b, a == c, ro == a)
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[c], names[b], len(names))
	var n1, n2 chan int
	fmt.Println(n1 == n2, n1 == nil)
}
