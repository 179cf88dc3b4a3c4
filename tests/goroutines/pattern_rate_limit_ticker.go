package main

import (
	"fmt"
	"time"
)

// Requests are admitted one per tick: 5 requests at 10ms intervals take
// at least ~40ms.
func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.NewTicker(10 * time.Millisecond)
	defer limiter.Stop()
	start := time.Now()
	var served []int
	for req := range requests {
		<-limiter.C
		served = append(served, req)
	}
	fmt.Println("served:", served)
	fmt.Println("took >= 40ms:", time.Since(start) >= 40*time.Millisecond)
}
