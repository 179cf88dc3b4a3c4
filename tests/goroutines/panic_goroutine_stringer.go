package main

import "fmt"

type failure struct {
	op   string
	code int
}

func (f failure) String() string { return fmt.Sprintf("%s failed with %d", f.op, f.code) }

func main() {
	ch := make(chan int)
	go func() {
		panic(failure{"fetch", 503})
	}()
	<-ch
}
