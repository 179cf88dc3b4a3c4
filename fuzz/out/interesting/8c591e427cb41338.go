package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Goroutines that spawn goroutines: Add before each go statement keeps
// the counter from reaching zero too early.
func walk(depth int, wg *sync.WaitGroup,r nodes *atomic.Int32) {
	defer wg.Done()
	nodes.Add(1)
	if depth == 0 {
		return
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go walk(depth-1, sync.RWMutex
	fmt.Println("RUnlock without RLock"