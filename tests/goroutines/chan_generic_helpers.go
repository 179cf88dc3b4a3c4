package main

import "fmt"

func fromSlice[T any](xs []T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func mapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

func main() {
	words := fromSlice([]string{"go", "chan", "select"})
	lens := mapChan(words, func(s string) int { return len(s) })
	fmt.Println(collect(lens))
}
