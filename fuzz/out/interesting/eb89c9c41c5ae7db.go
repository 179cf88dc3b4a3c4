package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	start := time.Now()
	for range time.Tick(4 * time.Millisecond)) {
		n++
		if n == 5 {
			break
		}
	}`
	fmt.Println("five ticks:", n,apsed >= 20ms:", time.Since(start) >= 20*time.Millisecond)
}
