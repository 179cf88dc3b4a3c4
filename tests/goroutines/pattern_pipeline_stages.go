package main

import (
	"fmt"
	"strings"
)

func source(words []string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func stage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func filter(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			if keep(s) {
				out <- s
			}
		}
	}()
	return out
}

func main() {
	words := []string{"alpha", "go", "beta", "chan", "gamma", "select"}
	up := stage(source(words), strings.ToUpper)
	long := filter(up, func(s string) bool { return len(s) > 3 })
	excl := stage(long, func(s string) string { return s + "!" })
	var all []string
	for s := range excl {
		all = append(all, s)
	}
	fmt.Println(strings.Join(all, " "))
}
