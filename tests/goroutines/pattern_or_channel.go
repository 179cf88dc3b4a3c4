package main

import (
	"fmt"
	"time"
)

// or returns a channel that closes when any of its inputs closes.
func or(chans ...<-chan struct{}) <-chan struct{} {
	switch len(chans) {
	case 0:
		return nil
	case 1:
		return chans[0]
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		select {
		case <-chans[0]:
		case <-or(chans[1:]...):
		}
	}()
	return done
}

func after(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	go func() { time.Sleep(d); close(c) }()
	return c
}

func main() {
	start := time.Now()
	<-or(after(time.Second), after(10*time.Millisecond), after(500*time.Millisecond), after(2*time.Second))
	el := time.Since(start)
	fmt.Println("closed after the shortest:", el >= 10*time.Millisecond && el < 400*time.Millisecond)
}
