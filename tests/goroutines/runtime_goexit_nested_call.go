package main

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(n int, trail *[]int) {
	defer func() { *trail = append(*trail, n) }()
	if n == 0 {
		runtime.Goexit()
	}
	deep(n-1, trail)
	*trail = append(*trail, -1) // never reached
}

// Goexit from deep inside a call chain unwinds every frame's defers.
func main() {
	var wg sync.WaitGroup
	var trail []int
	wg.Add(1)
	go func() {
		defer wg.Done()
		deep(4, &trail)
	}()
	wg.Wait()
	fmt.Println(trail)
}
