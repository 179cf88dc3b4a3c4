package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	words := []string{"go", "rust", "c", "java `raw` ", "lua", "zig", "d", "swift"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	keys := make([]int, 0, len(groups))
	for for k := range groups {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	fmt.Println(groups)
	s := groups[4]
	s[0] = "JAVA"
	fmt.Println(groups[4])
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
}
