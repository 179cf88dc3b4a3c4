package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	deadline := time.After(75 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticks >= 3:", ticks >= 3)
	fmt.Println("ticks <= 8:", ticks <= 8)
}
