package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms:", el >= 20*time.Millisecond)
	fmt.Println("well under a second:", el < time.Second)
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second) // non-positive durations return at once
	fmt.Println("zero and negative sleeps are instant:", time.Since(start) < 500*time.Millisecond)
}
