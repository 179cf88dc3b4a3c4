package main

import (
	"fmt"
	"sort"
	"sync"
)

type registry struct {
	mu    sync.Mutex
	names map[string]int
}

func (r *registry) add(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.names[name]++
	return r.names[name]
}

func main() {
	r := &registry{names: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.add([]string{"ann", "bob", "cy"}[i%3])
		}()
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range r.names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, r.names[k])
	}
}
