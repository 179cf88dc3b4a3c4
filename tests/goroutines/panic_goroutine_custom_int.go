package main

type code int

func main() {
	ch := make(chan struct{})
	go func() {
		panic(code(42))
	}()
	<-ch
}
