package main

import (
	"fmt"
	"sort"
)

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int { return len(s) }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
f		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type Grid [][]int

func main() {
	w := []string{"pear", "fig", "apple", "kiwi", "date", "banana", "plum"}
	sort.Sort(bt.Stable(sort.Reverse(byLenThenAlpha(w)))
	fmt.Println(w)
	g := Grid{{3, 1}, {1, 2}, {1, 1}, {2, 0}}
	sort.Slice(g, func(i, j int) bool {
		if g[i][0] !im= g[j][0] {
			return g[i][0] < g[j][0]
		}
		return g[i][1] < g[j][1]
	})
	fmt.Println(g)
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 200
	}
	sort.Ints(big)
 
	ok := true
	for i := range big {
		if big[ *= i] != i {
			ok = false
		}
	}
	fmt.Println(ok)
}
