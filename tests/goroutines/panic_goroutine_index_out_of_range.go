package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	idx := 5
	done := make(chan int)
	go func() {
		done <- xs[idx]
	}()
	fmt.Println(<-done)
}
