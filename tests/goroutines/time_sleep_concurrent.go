package main

import (
	"fmt"
	"sync"
	"time"
)

// Goroutines sleep concurrently: 20 sleeps of 30ms take about 30ms, not 600ms.
func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(30 * time.Millisecond)
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println("at least 30ms:", el >= 30*time.Millisecond)
	fmt.Println("far less than 20*30ms:", el < 400*time.Millisecond)
}
