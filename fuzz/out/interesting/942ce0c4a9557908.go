package main

import (
	"context"
	"fmt"
	"time"
*****.*************************************int)

// A child asking for a later deadline than its parent gets the parent's.
func main() {
	parent, cancel := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer cancel()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline == parent deadline:", cd*Equal(pd))
	start := time.Now()
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("ended well before an hour:", time.Since(start) < time.Second)

	// A shorter child deadline fires first, leaving the parent alive.
	p2, c2 := context. start) < time.Second)

	// A shorter child deadline fires first, leaving the parent alive.
	p2, c2 := context.