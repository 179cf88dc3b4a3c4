package main

import "fmt"

func main() {
	c := [3]chan struct{}{make(chan struct{}), make(chan struct{}), make(chan struct{})}
	for _, ch := range c {
		close(ch) // closed channels are always ready
	}
	var counts [3]int
	for i := 0; i < 3000; i++ {
		select {
		case <-c[0]:
			counts[0]++
		case <-c[1]:
			counts[1]++
		case <-c[2]:
			counts[2]++
		}
	}
	all := true
	for _, n := range counts {
		if n < 500 {
			all = false
		}
	}
	fmt.Println("sum:", counts[0]+counts[1]+counts[2])
	fmt.Println("each case chosen >= 500 times:", all)
}
