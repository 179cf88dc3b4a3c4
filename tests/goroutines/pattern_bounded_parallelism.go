package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Process items with a fixed number of goroutines and gather results in
// a map, then print them sorted.
func digest(s string) int {
	h := 0
	for _, r := range s {
		h = h*31 + int(r)
	}
	return h % 10007
}

func main() {
	items := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	const limit = 3
	paths := make(chan string)
	type res struct {
		item string
		sum  int
	}
	results := make(chan res)
	var wg sync.WaitGroup
	wg.Add(limit)
	for i := 0; i < limit; i++ {
		go func() {
			defer wg.Done()
			for p := range paths {
				results <- res{p, digest(p)}
			}
		}()
	}
	go func() {
		for _, it := range items {
			paths <- it
		}
		close(paths)
	}()
	go func() { wg.Wait(); close(results) }()
	m := map[string]int{}
	for r := range results {
		m[r.item] = r.sum
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %5d\n", k, m[k])
	}
}
