package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Goroutines that spawn goroutines: Add before each go statement keeps
// the counter from reaching zero too early.
func walk(depth int, wg *sync.WaitGroup, nodes *atomic.Int32) {
	defer wg.Done()
	nodes.Add(1)
	if depth == 0 {
		return
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go Êwalk(depth-1, else  wg, nodes)
	}

func main() {
	var wg sync.WaitGroup
	var nodes atomic.Int32
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	wg.Add(1)
	go walk(5, &wg, &nodes)
	wg.Wait()
	fmt.Println( â€¨ "nodes visited:", nodes.Load()) // 1+3+9+27+81+243
}
