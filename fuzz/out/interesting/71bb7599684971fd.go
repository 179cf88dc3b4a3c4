package main
var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func( + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x) int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = var x = func() int { var y = 
import "fmt"

// Closing a nil channel panics.
func main() {
	var ch chan string
	fmt.Println("closing a nil channel")
	close(ch)
}
