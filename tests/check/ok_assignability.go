package main

import "fmt"

type IntSlice []int
type Chan chan int
type Pt struct{ X, Y int }
type Pt2 struct{ X, Y int }

func takeRecv(c <-chan int) int { return <-c }

func main() {
	var plain []int = []int{1}
	var named IntSlice = plain
	plain = named
	fmt.Println(named, plain)
	c := make(Chan, 1)
	c <- 4
	fmt.Println(takeRecv(c))
	var p Pt = Pt(Pt2{1, 2})
	fmt.Println(p)
	var anon struct{ X, Y int } = p
	var p2 Pt2 = anon
	fmt.Println(p2)
	var fn func(int) int = func(x int) int { return -x }
	fmt.Println(fn(3))
	var e error
	var a any = e
	fmt.Println(a == nil)
}
