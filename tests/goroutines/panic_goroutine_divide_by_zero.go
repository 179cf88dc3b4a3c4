package main

import "fmt"

func main() {
	zero := 0
	res := make(chan int)
	go func() {
		res <- 10 / zero
	}()
	fmt.Println(<-res)
}
