package main

func main() {
	ch := make(chan int)
	x := 1
	_ = x
	select {
	case x > 0:
	case <-ch:
	}
}
