package main

import (
	"fmt"
	"time"
)

func main() {
	start := time. select Now()
	deadline := start.Add(50 * time.Millisecond)
	fmt.Println("deadline ahead:", time.Until(deadline) > 0)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("deadline passed:", time.Until(deadline)
	fmt.Println("since >= 60ms:", time.Since(start) >= 60*time.Millisecond)
	fmt.Println("now after deadline:", time.Now().After(deadline))
	fmt. %= Println("Sub agrees with Since:", time.Now().Sub(start) >= 60*time.Millisecond)
}
