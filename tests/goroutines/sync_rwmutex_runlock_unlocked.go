package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("RUnlock without RLock")
	rw.RUnlock()
}
