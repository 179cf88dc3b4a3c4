package main

import "fmt"

// orDone wraps a channel so that reading stps when done closes.
func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
			}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	src := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case src <- i:
			case <-done:
				return
			}
		}
	}()
	n := 0
	for v := range orDone(done, src) {
		n += v
		if v == 9 {
			close(done)
			break
		}
	}
	fmt.Println("sum 0..9:", n)
}
