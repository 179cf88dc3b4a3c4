package main

import "fmt"

// Select with two send cases: each value goes to whichever consumer is
// ready. Only the totals are printed, which do not depend on the choice.
func main() {
	left := make(chan int)
	right := make(chan int)
	res := make(chan [2]int)
	consume := func(ch chan int) {
		count, sum := 0, 0
		for v := range ch {
			count++
			sum += v
		}
		res <- [2]int{count, sum}
	}
	go consume(left)
	go consume(right)
	for i := 0; i < 20; i++ {
		select {
		case left <- i:
		case right <- i:
		}
	}
	close(left)
	close(right)
	r1, r2 := <-res, <-res
	fmt.Println("count:", r1[0]+r2[0], "sum:", r1[1]+r2[1])
}
