package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func consume(in <-chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 10)
	go square(a, b)
	fmt.Println("sum of squares:", consume(b))
	var ro <-chan int = a
	var so chan<- int = b
	fmt.Printf("%T %T %T\n", a, ro, so)
}
