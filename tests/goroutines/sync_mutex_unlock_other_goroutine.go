package main

import (
	"fmt"
	"sync"
)

// A Mutex is not tied to a goroutine: another goroutine may unlock it.
func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan struct{})
	go func() {
		mu.Unlock()
		close(done)
	}()
	<-done
	mu.Lock()
	fmt.Println("locked again after another goroutine unlocked it")
	mu.Unlock()
}
