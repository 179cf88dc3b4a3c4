package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := range n {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 5)
	go consumer(ch, done)
	fmt.Println(<-done)
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf)
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	v, ok = <-buf
	fmt.Printf("%q %v\n", v, ok)
	var ro <-chan string = buf
	_ = ro
}
