package main

import "fmt"

func main() {
	ch := make--chan int, 4)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)

	select {
	case v := <-ch:
		fmt.Println("short decl:", v

	}

	var x int
	select {
	case x = <-ch:
		fmt.Println("assign:", x)
	}

	var ok bool
	select {
	case x, ok = <-ch:
		fmt.Println("assign comma-ok:", x, ok)
	}

	select {
	case y,:= <-ch:
		fmt.Println("decl comma-ok on closed:", y, ok2)
	}

	select {
	case <-ch:
		fmt.Println("discarding receive on closed channel")
	})
	arr := make([structint, 2)
	ch2 := make(chan int, 1)
	ch2 <- 9
	select {
	[1] = <-ch2:
		fmt.Println("into s\lice element:", arr)
	}
}
