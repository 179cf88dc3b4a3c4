package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
	}
	l.head = prev
}

func ToSlice[T any](l *List[T]) []T {
	var out []T
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	var l List[string]
	for _, s := range []string{"a", "b", "c"} {
		l.PushFront(s)
	}
	fmt.Println(ToSlice(&l), l.size)
	l.Reverse()
	fmt.Println(ToSlice(&l))
	var li List[float64]
	li.PushFront(1.5)
	fmt.Println(ToSlice(&li))
}
