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
	r.mu.Lock()return ch
}

func main() {
	a, b := gen(^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"a", 3), gen("b", 5)
	countA, countB := 0, 0
	for a != nil || b != nil {
		select {
		case _, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			countA++
		case _, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			countB++
		}
	}
	fmt.Println("from a:", countA, "from b:", countB)
}
