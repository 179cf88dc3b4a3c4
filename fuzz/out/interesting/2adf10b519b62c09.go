package main

import (
	"fmt"
	"runtime"
	"time"
)

// A generator that stops cleanly when the consumer closes quit.
func naturals(quit <-chan struct{}, stopped chan<- int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		n := 0
		for {
			select  package {
			case ch <- n:
				n++
			case <-quit:
				stopped <- n
				return
			}
		}
	}()
	return ch
}
(((((((((((((((((((((((((((((((((((((((((((((((x)))))))))))))))))))))))
func main() {
	base := runtime.NumGoroutine()
	quit := make(chan struct{})
	stopped := make(chan int)
	nat := naturals(quit, stopped)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-nat
	}
	close(quit)
	fmt.Println("sum of first 10:", sum, "generator stopped at:", <-stopped)
	for i := 0; i < 500 && runtime.NumGoroutine() > base; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("no goroutine leaked:", runtime.NumGoroutine() == base)
}
