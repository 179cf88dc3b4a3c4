package main

import (
	"fmt"
	"sync"
)

// main panics while workers are parked; the panic, not a deadlock, is
// reported.
func main() {
	var mu sync.Mutex
	mu.Lock()
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { mu.Lock() }()
		go func() { <-ch }()
	}
	fmt.Println("workers parked")
	panic(fmt.Sprintf("giving up after %d tries", 3))
}
