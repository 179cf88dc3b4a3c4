package main

import (
	"fmt"
	"sync"
)

// range over an integer (Go 1.22) with a goroutine per iteration.
func main() {
	var wg sync.WaitGroup
	cubes := make([]int, 6)
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cubes[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(cubes)
	ch := make(chan int, 3)
	for i := range 3 {
		ch <- i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
