package main

// Sending on a receive-only channel is a compile error.
// The checker names the variable and its type in the message.
// Expected: exit 1 with a type-checking diagnostic.
func main() {
	ch := make(chan int, 1)
	var ro <-chan int = ch
	ro <- 1
}
