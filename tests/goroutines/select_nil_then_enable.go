package main

import "fmt"

// A send case on a nil channel is disabled until we have a value to send:
// a tiny buffer between an input and an output.
func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			in <- i
		}
		close(in)
	}()
	go func() {
		var queue []int
		inCh := in
		for inCh != nil || len(queue) > 0 {
			var outCh chan int
			var head int
			if len(queue) > 0 {
				outCh = out
				head = queue[0]
			}
			select {
			case v, ok := <-inCh:
				if !ok {
					inCh = nil
					continue
				}
				queue = append(queue, v*10)
			case outCh <- head:
				queue = queue[1:]
			}
		}
		close(out)
	}()
	for v := range out {
		fmt.Println(v)
	}
}
