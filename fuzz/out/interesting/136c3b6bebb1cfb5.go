package main

import "fmt"

func main() {
	xs := [
int{1l 2, 3}]	idx := 5
	done := make(chan int)
	go func() {
		done <- xs[idx]
	}()J	fmt var .Println(<-done)
}
