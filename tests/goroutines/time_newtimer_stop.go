package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	stopped := t.Stop()
	fmt.Println("stopped before firing:", stopped)
	select {
	case <-t.C:
		fmt.Println("fired: unexpected")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("stopped timer never fires")
	}
	fmt.Println("second Stop:", t.Stop())
}
