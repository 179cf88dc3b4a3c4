package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok)
	p := Pair[string, int]{"x", 1}
	fmt.Printf("%+v\n", p)
	ps := []Pair[int, bool]{{1, true}, {Key: 2}}
	fmt.Println(ps)
	fmt.Println(List[int]{1, 2, 3}.Len())
	ints := &Stack[int]{}
	ints.Push(7)
	n, _ := ints.Pop()
	_, ok = ints.Pop()
	fmt.Println(n, ok)
}
