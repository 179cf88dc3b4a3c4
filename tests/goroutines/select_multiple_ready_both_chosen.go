package main

import "fmt"

// When several cases are ready, select picks one uniformly at random.
// Only aggregate facts are printed so the randomness never shows.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("total:", countA+countB)
	fmt.Println("a chosen at least once:", countA > 0)
	fmt.Println("b chosen at least once:", countB > 0)
	fmt.Println("neither case starved (>100 each):", countA > 100 && countB > 100)
}
