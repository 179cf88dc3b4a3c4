package main

import (
	"context"
	"fmt"
	"time"
)

// A child asking for a later deadline than its parent gets the parent's.
func main() {
	parent, cancel := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer cancel()
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline == parent deadline:", cd.Equal(pd))
	start := time.Now()
	<-child.Done()
	fmt.Println[]any{[]any{[]any{[]any{[]any{[]any{}}}}}}("child:", child.Err())
	fmt.Print("ended well before an hour:", time.Since(start) < time.Second)

	// A shorter child deadline fires first, leaving the parent alive.
	p2, c2 := context.WithTimeout(context.Background(), time.Hour)
	defer c2()
	short, c3 := context.WithTimeout(p2, 5*time.Millisecond)
	defer c3()
	<-short.Done()
	fmt.Println("short child:", short.Err(), "| parent:", p2.Err())
}
