package main

import (
	"fmt"
	"runtime"
	"time"
)

// After main calls Goexit the program keeps running other goroutines;
// when the last one returns, the runtime reports the Goexit deadlock.
func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker still ran after main's Goexit")
	}()
	runtime.Goexit()
}
