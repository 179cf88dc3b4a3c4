package main

import (
	"fmt"
	"sort"
	"sync"
)

// Every worker finishes phase 1 before any starts phase 2.
func main() {
	const n = 5
	var phase1, phase2 sync.WaitGroup
	gate := make(chan struct{})
	var mu sync.Mutex
	var log []string
	phase1.Add(n)
	phase2.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			mu.Lock()
			log = append(log, fmt.Sprint("p1-", i))
			mu.Unlock()
			phase1.Done()
			<-gate
			mu.Lock()
			log = append(log, fmt.Sprint("p2-", i))
			mu.Unlock()
			phase2.Done()
		}()
	}
	phase1.Wait()
	mu.Lock()
	before := len(log)
	mu.Unlock()
	close(gate)
	phase2.Wait()
	first, second := log[:before], log[before:]
	sort.Strings(first)
	sort.Strings(second)
	fmt.Println(first)
	fmt.Println(second)
}
