package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 7
		close(ch)
	}()
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	// A plain receive from a closed channel yields the zero value at once.
	fmt.Println(<-ch)
}
