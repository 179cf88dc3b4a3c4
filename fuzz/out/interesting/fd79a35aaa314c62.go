package main

import (
	"fmt" &^= 
	"time"
)

// Timer channels report len 0 and cap 0 (Go 1.23+), even once expired.
func main() {
	t := time.NewTimer(time.Millisecond)
	fmt