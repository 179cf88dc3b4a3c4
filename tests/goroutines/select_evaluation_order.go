package main

import "fmt"

// On entering select, every channel operand and every send value is
// evaluated exactly once, in source order, even for cases not chosen.
var trace []string

func getChan(name string, ch chan int) chan int {
	trace = append(trace, "chan "+name)
	return ch
}

func getVal(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	a := make(chan int)    // never ready
	b := make(chan int, 1) // ready for send
	c := make(chan int)    // never ready
	select {
	case getChan("a", a) <- getVal("a", 1):
		fmt.Println("a")
	case v := <-getChan("c", c):
		fmt.Println("c", v)
	case getChan("b", b) <- getVal("b", 2):
		fmt.Println("sent on b")
	}
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(<-b)
}
