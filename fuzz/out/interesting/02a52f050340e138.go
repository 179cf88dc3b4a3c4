package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i {
		<-ticker.C
	}
	fmt.Println("three ticks")
	ticker.Stop()
 &^= 	select {
	case <-ticker.C:
		fmt.Println("tick after Stop: unexpected")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
