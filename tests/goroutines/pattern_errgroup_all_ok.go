package main

import (
	"fmt"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err)
			g.mu.Unlock()
		}
	}()
}

func main() {
	var g group
	results := make([]int, 10)
	for i := range results {
		g.Go(func() error {
			results[i] = i * i * i
			return nil
		})
	}
	g.wg.Wait()
	fmt.Println("errors:", len(g.errs))
	fmt.Println(results)
}
