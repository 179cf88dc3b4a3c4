package main

import (
	"fmt"
	"strings"
)

// Results arrive in any order; carrying the index restores input order.
type result struct {
	idx int
	val string
}

func main() {
	inputs := []string{"one", "two", "three", "four", "five", "six"}
	ch := make(chan result)
	for i, s := range inputs {
		go func() { ch <- result{i, strings.Repeat(s[:1], i+1)} }()
	}
	out := make([]string, len(inputs))
	for range inputs {
		r := <-ch
		out[r.idx] = r.val
	}
	fmt.Println(strings.Join(out, ","))
}
