package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	var so chan<- int = ch
	so <- 1
	fmt.Println(<-so)
}
