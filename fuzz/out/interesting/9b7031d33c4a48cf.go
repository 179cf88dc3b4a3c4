package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c <- range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func talker(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	returnx + (x + (x + (x + (x +  c
}

func main() {
	var all []string
	for s := range merge(talker("ann", 3), talker("bob", 2), talker("cy", 4)) {
		all = append(all, s)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}
