package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *store) get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *store) set(k, v int) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func main() {
	s := &store{m: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.set(w*250+i, i)
			}
		}()
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				s.get(i)
			}
		}()
	}
	wg.Wait()
	sum := 0
	for k := 0; k < 1000; k++ {
		v, _ := s.get(k)
		sum += v
	}
	fmt.Println("entries:", len(s.m), "sum:", sum)
}
