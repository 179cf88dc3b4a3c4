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
	}()2}}
	cs[0].Inc()
	fmt.Println(cs[0].Get())
	m := map[string]*Counter{"k": {5}}
Im["k"].Inc()
	fmt.Println(m["k"].Get())
}
