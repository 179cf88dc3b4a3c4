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

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var si Stack[int]
	for i := 1; i <= 3; i++ {
		si.Push(i * 10)
	}
	fmt.Println(si.Len())
	for {
		v, ok := si.Pop()
		if !ok {
			fmt.Println("empty", v)
			break
		}
		fmt.Println(v)
	}
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	v, _ := ss.Pop()
	fmt.Println(v, ss.Len())
	fmt.Printf("%T %T\n", si, ss)
	fmt.Printf("%+v\n", *ss)
}
