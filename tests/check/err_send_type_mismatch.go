package main

func main() {
	ch := make(chan string, 1)
	ch <- 42
	x := 1
	x <- 2
}
