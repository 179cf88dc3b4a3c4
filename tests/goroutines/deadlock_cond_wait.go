package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal that never comes")
	cond.Wait()
}
