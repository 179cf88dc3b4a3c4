package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println("empty:", len(ch), cap(ch))
	ch <- 10
	ch <- 20
	fmt.Println("two:", len(ch), cap(ch))
	ch <- 30
	fmt.Println("full:", len(ch), cap(ch))
	fmt.Println(<-ch)
	fmt.Println("after one recv:", len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	fmt.Println("drained:", len(ch), cap(ch))
}
