package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	fmt.Println("Stop after receiving:", t.Stop())
}
