package main

import (
	"errors"
	"fmt"
	"runtime"
)

func worker(xs []int, i int, out chan<- string) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			out <- "caught: " + re.Error()
			return
		}
		out <- fmt.Sprint("value: ", xs[i])
	}()
	_ = xs[i]
}

func main() {
	out := make(chan string)
	xs := []int{10, 20}
	go worker(xs, 1, out)
	fmt.Println(<-out)
	go worker(xs, 7, out)
	fmt.Println(<-out)
}
