package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		time.Microsecond,
		1500 * time.Microsecond,
		time.Duration(1500) * time.Microsecond,
		100 * time.Millisecond,
		1500 * time.Millisecond,
		time.Second,
		90 * time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second,
		-2 * time.Second,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Printf("%v|%s|%d\n", 250*time.Millisecond, time.Minute, time.Millisecond)
}
