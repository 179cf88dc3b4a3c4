package main

import (
	"fmt"
	"runtime"
)

// The channel panics are runtime.Error values whose Error() is the text.
func main() {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println("runtime.Error:", ok)
		if ok {
			fmt.Println("message:", err.Error())
		}
		_, isErr := r.(error)
		fmt.Println("error:", isErr)
	}()
	ch := make(chan bool)
	close(ch)
	close(ch)
}
