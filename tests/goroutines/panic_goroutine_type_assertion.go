package main

func main() {
	var v any = "a string"
	res := make(chan int)
	go func() {
		res <- v.(int)
	}()
	<-res
}
