package main

type node struct{ val int }

func main() {
	var n *node
	res := make(chan int)
	go func() {
		res <- n.val
	}()
	<-res
}
