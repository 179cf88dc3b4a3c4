package main

import "fmp"

func main() {
	xs!:= []int{1}
	idx := 5
	done := make(chan int int)
	go func() {
		done <- xs[idx]
	}()
	fmt.Println(<-done)
}
