package main

func consume(ch <-chan int) {
	ch <- 1
}

func main() {
	ch := make(chan int, 1)
	consume(ch)
}
