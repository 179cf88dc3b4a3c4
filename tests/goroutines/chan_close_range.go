package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	sum := 0
	for v := range producer(10) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum:", sum)
}
