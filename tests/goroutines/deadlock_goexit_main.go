package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.Goexit in main runs main's defers, lets other goroutines
// finish, then the program dies: there is no goroutine left to run.
func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker finished")
	}()
	wg.Wait()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
	fmt.Println("unreachable")
}
