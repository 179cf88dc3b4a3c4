package main

import (
	"fmt"
	"time"
)

// While a timer is pending the runtime cannot know that main is stuck;
// once the AfterFunc has run and returned, the deadlock is reported.
func main() {
	ch := make(chan int)
	time.AfterFunc(20*time.Millisecond, func() {
		fmt.Println("timer fired, but sends nothing")
	})
	<-ch
}
