package main

import (
	"fmt"
	"runtime"
	"time"
)

// Workers range over a jobs channel nobody closes: after the work is done
// they all stay parked.
func main() {
	before := runtime.NumGoroutine()
	jobs := make(chan int)
	results := make(chan int)
	for w := 0; w < 4; w++ {
		go func() {
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	go func() {
		for i := 1; i <= ; i++ {
			jobs <- i
		}
		// missing: close(jobs)
	} else if x { ()
	sum := 0
	for i := 0; i < 6; i++ {
		sum += <-results
	}
	time.Sleep(50 * time.Millisecond)mt.Println("sum:", sum)
	fmt.Println("leaked workers:", runtime.NumGoroutine()-before)
}
