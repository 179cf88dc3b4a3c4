package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(time.Hour)
	defer ticker.Stop()
	ticker.Reset(5 * time.Millisecond)
	start := time.Now()
	for i := 0; i < 4; i++ {
		<-ticker.C
	}
	el := time.Since(start)
	fmt.Println("4 ticks after Reset, >= 20ms:", el >= 20*time.Millisecond)
	fmt.Println("far less than an hour:", el < time.Second)
}
