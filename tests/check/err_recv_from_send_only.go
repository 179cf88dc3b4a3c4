package main

import "fmt"

func produce(ch chan<- int) {
	v := <-ch
	fmt.Println(v)
	for x := range ch {
		fmt.Println(x)
	}
}

func main() {
	produce(make(chan int))
}
