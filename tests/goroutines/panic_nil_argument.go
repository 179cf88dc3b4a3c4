package main

import (
	"fmt"
	"runtime"
)

// Since Go 1.21 panic(nil) becomes a *runtime.PanicNilError.
func main() {
	res := make(chan string)
	go func() {
		defer func() {
			r := recover()
			_, isPNE := r.(*runtime.PanicNilError)
			res <- fmt.Sprint(r, " | PanicNilError: ", isPNE)
		}()
		panic(nil)
	}()
	fmt.Println(<-res)
	panic(nil)
}
