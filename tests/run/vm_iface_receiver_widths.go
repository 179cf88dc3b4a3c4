package main

import "fmt"

type Shape interface{ Scale(k int) int }
type Rect struct{ W, H int }

func (r Rect) Scale(k int) int { return r.W * r.H * k }

type Empty struct{}

func (Empty) Scale(k int) int { return k }

func main() {
	var s Shape = Rect{2, 3}
	fmt.Println(s.Scale(10))
	s = Empty{}
	fmt.Println(s.Scale(7))
	s = &Rect{1, 5}
	fmt.Println(s.Scale(3))
}
