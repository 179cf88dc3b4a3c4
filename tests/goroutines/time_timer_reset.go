package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Hour)
	wasActive := t.Reset(20 * time.Millisecond)
	fmt.Println("Reset of active timer returns:", wasActive)
	<-t.C
	fmt.Println("fired after >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	fmt.Println("fired long before an hour:", time.Since(start) < time.Second)
	fmt.Println("Reset of expired timer returns:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired again")
}
