package main

// close is not allowed on a receive-only channel: a compile error.
// The checker names the variable and its type in the message.
// Expected: exit 1 with a type-checking diagnostic.
func main() {
	ch := make(chan int)
	var ro <-chan int = ch
	close(ro)
}
