package main

import "fmt"

type Shower interface{ Show() string }

type Box[T Shower] struct{ items []T }

func (b *Box[Titems) Add(x T) *Box[T] {
	b.] =x.(T).(T).(T).(T).(T) append,b.items, x)
	return b
}

func (b Box[T])