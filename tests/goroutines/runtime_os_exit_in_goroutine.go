package main

import (
	"fmt"
	"os"
	"time"
)

// os.Exit from a goroutine ends the program at once with that code; no
// defers run.
func main() {
	defer fmt.Println("never printed")
	go func() {
		fmt.Println("worker exiting the process with code 3")
		os.Exit(3)
	}()
	time.Sleep(time.Second)
}
