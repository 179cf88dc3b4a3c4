package main

import "fmt"

// A closed channel is ready, so its receive case wins over default, every
// time.
func main() {
	ch := make(chan int)
	close(ch)
	recv, def := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-ch:
			recv++
		default:
			def++
		}
	}
	fmt.Println("receive:", recv, "default:", def)
}
