package main

import (
	"fmt"
	"time"
)

// A bursty limiter: a buffered channel pre-filled with 3 tokens, refilled
// by a ticker. The first 3 requests pass at once.
func main() {
	bucket := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bucket <- time.Now()
	}
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(30 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case now := <-t.C:
				select {
				case bucket <- now:
				default:
				}
			case <-stop:
				return
			}
		}
	}()
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-bucket
	}
	fmt.Println("burst of 3 was immediate:", time.Since(start) < 25*time.Millisecond)
	<-bucket
	<-bucket
	fmt.Println("two more took >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	close(stop)
}
