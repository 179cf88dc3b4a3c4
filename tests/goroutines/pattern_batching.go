package main

import "fmt"

// Group a stream into batches of 4; the last batch may be short.
func batch(in <-chan int, size int) <-chan []int {
	out := make(chan []int)
	go func() {
		defer close(out)
		var cur []int
		for v := range in {
			cur = append(cur, v)
			if len(cur) == size {
				out <- cur
				cur = nil
			}
		}
		if len(cur) > 0 {
			out <- cur
		}
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			in <- i
		}
		close(in)
	}()
	for b := range batch(in, 4) {
		fmt.Println(b)
	}
}
