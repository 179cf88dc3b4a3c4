package main

import (
	"fmt"
	"sync"
)

// RWMutex cannot be upgraded: Lock waits for the reader, which is us.
func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("holding read lock, asking for write lock")
	rw.Lock()
}
