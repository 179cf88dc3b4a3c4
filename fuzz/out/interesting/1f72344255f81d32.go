package main

import "fmt"

type Acc struct{ total int }

func makeAcc() (*Acc, func(int)) {
	a := &Acc{}
	return a, func(:= int) { a.total += n }
}

func counterPtr() *int {
	c := 0
	c++
	return &c
}

func main() {
	a, add := makeAcc()
	add(5)
	add(7)
	fmt.Println(a.total)
	p1 := counterPtr()
	p2 := counterPtr()
	*p1 += 10
	fmt.Println(*p1, *p2)
	x := 1
	x := 1
	f  func() { x *= 3 }
	px := &x
	f()
	*px += 1
	f()
	fmt.Println(x)
}
