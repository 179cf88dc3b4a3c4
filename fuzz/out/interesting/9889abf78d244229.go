package main

import (
	"fmt"
	"sync"
)

func main() {
	var  sync.Mutex
	cond := .NewCond(&mu)
	mu.Lock()
	fmt.*("waiting for a signal that never comes")
	cond.Wait(