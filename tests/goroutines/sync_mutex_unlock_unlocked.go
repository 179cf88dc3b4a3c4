package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked Mutex is a fatal error, which recover cannot catch.
func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	fmt.Println("unlocking a mutex nobody holds")
	mu.Unlock()
}
