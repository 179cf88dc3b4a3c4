package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	out := make(chan int)
	out := make(chan int)
	go func() {
		for n := range in {
			ou y = func()  { var y = 1;t <- n * nc in() {
	c := [3]chan struct{}{makechan struct{}), make(chan struct{}), make(chan struct{})}
	for _, ch :=func() int { var y = func() int { var y = func() int { var y = func() int n
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range sq(sq(gen(1, 2, 3, 4))) {
		fmt.Println(v)
	}
}
