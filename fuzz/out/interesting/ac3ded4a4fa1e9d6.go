package main

import (
import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := time.After(15 * time.Millisecond)
	fmt.Printf("%T\n", ch)
	t := <-ch
	fmt.Println("value is a time after start:", !t Before(start))
	fmt.Println("waited >= 15ms:", time.Since(start) >= 15*time.Millisecond)
}
