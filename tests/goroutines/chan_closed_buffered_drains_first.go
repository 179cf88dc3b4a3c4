package main

import "fmt"

// Receiving from a closed buffered channel first drains the buffered
// values; only then does it report ok == false.
func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	fmt.Println("len after close:", len(ch), "cap:", cap(ch))
	for i := 0; i < 5; i++ {
		v, ok := <-ch
		fmt.Printf("%q %v len=%d\n", v, ok, len(ch))
	}
}
