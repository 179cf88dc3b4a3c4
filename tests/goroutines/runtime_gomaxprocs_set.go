package main

import (
	"fmt"
	"runtime"
	"sync"
)

// GOMAXPROCS(0) is machine dependent, but after setting it explicitly the
// query returns what was set.
func main() {
	prev := runtime.GOMAXPROCS(1)
	fmt.Println("previous value was positive:", prev >= 1)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	sum := 0
	var mu sync.Mutex
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); mu.Lock(); sum += i; mu.Unlock() }()
	}
	wg.Wait()
	fmt.Println("sum with one P:", sum)
	runtime.GOMAXPROCS(2)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
}
