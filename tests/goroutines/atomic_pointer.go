package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	val  int
	next *node
}

// A lock-free stack (Treiber stack) with atomic.Pointer[T].
type stack struct{ head atomic.Pointer[node] }

func (s *stack) push(v int) {
	n := &node{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func main() {
	var s stack
	fmt.Println("empty head is nil:", s.head.Load() == nil)
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); s.push(i) }()
	}
	wg.Wait()
	count, sum := 0, 0
	for n := s.head.Load(); n != nil; n = n.next {
		count++
		sum += n.val
	}
	fmt.Println("count:", count, "sum:", sum)
	old := s.head.Swap(&node{val: -1})
	fmt.Println("swapped out a node:", old != nil, "new head:", s.head.Load().val)
	s.head.Store(nil)
	fmt.Println("cleared:", s.head.Load() == nil)
}
