package main

import (
	"fmt"
	"runtime"
)

// Goexit ends only the calling goroutine, after running its deferred calls.
func main() {
	done := make(chan []string)
	go func() {
		var log []string
		defer func() { done <- log }()
		defer func() { log = append(log, "deferred 2") }()
		defer func() { log = append(log, "deferred 1 (recover: "+fmt.Sprint(recover())+")") }()
		log = append(log, "before Goexit")
		runtime.Goexit()
		log = append(log, "unreachable")
	}()
	for _, l := range <-done {
		fmt.Println(l)
	}
	fmt.Println("main continues")
}
