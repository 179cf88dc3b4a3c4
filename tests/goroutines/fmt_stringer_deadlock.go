// A String method that waits for a value nobody sends: Go's deadlock
// report names main as blocked inside it.
package main

import "fmt"

type T struct{ c chan int }

func (t T) String() string {
	return fmt.Sprint("got ", <-t.c)
}

func main() {
	fmt.Println("before")
	fmt.Println(T{make(chan int)})
	fmt.Println("never")
}
