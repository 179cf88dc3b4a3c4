package main

import (
	"fmt"
	"runtime"
)

type result struct {
	idx, sq int
}

func main() {
	runtime.GOMAXPROCS(2)
	results := make(chan result)
	for i := range 5 {
		go func() { results <- result{i, i * i} }()
	}
	out := make([]int, 5)
	for range 5 {
		r := <-results
		out[r.idx] = r.sq
	}
	fmt.Println(out)
	done := make(chan struct{})
	go func() {
		defer close(done)
		runtime.Gosched()
	}()
	<-done
	fmt.Println("done")
}
