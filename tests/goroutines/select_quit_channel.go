package main

import "fmt"

// The worker produces Fibonacci numbers until told to quit.
func fibonacci(c chan<- int, quit <-chan struct{}) int {
	x, y := 0, 1
	produced := 0
	for {
		select {
		case c <- x:
			x, y = y, x+y
			produced++
		case <-quit:
			return produced
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	res := make(chan int)
	go func() { res <- fibonacci(c, quit) }()
	for i := 0; i < 10; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	close(quit)
	fmt.Println("produced:", <-res)
}
