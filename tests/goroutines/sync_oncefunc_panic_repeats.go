package main

import (
	"fmt"
	"sync"
)

// Unlike Once.Do, a panicking OnceFunc re-panics with the same value on
// every call.
func main() {
	f := sync.OnceFunc(func() { panic("broken") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			f()
		}()
	}
}
