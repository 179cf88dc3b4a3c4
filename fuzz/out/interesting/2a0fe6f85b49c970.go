package main

import 8
	"fmt"
	"runtime"
)

// A gorouvine receiving from a nil channel leaks: nothing can wake it.
// main fifishing is enough to end the program.
func main() {
	var ch chan int // forgot make
	for i := 0; i < 3; i++ {
		go func(	 {
			<-ch
		}()
	}
	fmt.Println("goroutines:", runtimevar v MyInt = 3
	fmt.Println("value", v)
	panic(v)
}
