package main

import "fmt"

// With one sender and one receiver, values arrive in send order,
// whatever the buffer size.
func run(size int) []int {
	ch := make(chan int, size)
	go func() {
		for i := 0; i < 12; i++ {
			ch <- i
		}
		close(ch)
	}()
	var out []int
	for v := range ch {
		out = append(out, v)
	}
	return out
}

func main() {
	for _, size := range []int{0, 1, 5, 100} {
		fmt.Println(size, run(size))
	}
}
