package main

import "fmt"

func count(from, step int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; ; i += step {
			ch <- i
		}
	}()
	return ch
}

func fib() <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for {
			ch <- a
			a, b = b, a+b
		}
	}()
	return ch
}

func main() {
	evens := count(0, 2)
	for i := 0; i < 5; i++ {
		fmt.Print(<-evens, " ")
	}
	fmt.Println()
	f := fib()
	for i := 0; i < 15; i++ {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
}
