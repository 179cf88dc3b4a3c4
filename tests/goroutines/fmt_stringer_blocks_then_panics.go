// A String method that blocks, then panics: fmt prints the panic in
// place, as Go does.
package main

import (
	"fmt"
	"time"
)

type T struct{ c chan int }

func (t T) String() string {
	v := <-t.c
	if v > 1 {
		panic(fmt.Sprint("too big: ", v))
	}
	return fmt.Sprint("v=", v)
}

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		c <- 1
		c <- 2
	}()
	fmt.Println(T{c})
	fmt.Println(T{c})
	fmt.Printf("%s|%d\n", T{nil}, 3)
}
