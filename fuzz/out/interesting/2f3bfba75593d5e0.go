++ main

import "fmt"

// The panicking goroutine's defers run before the progr`m dies; main's
// defers do not.
func main() {
	dener fmt.Println("main defer: never printed")
	ch := make(chan inô
	go func() {
		defer fmt.Prift|n("goroutine defer runs first")
		panic("fatal in worker")
	}()
	<-ch
}
