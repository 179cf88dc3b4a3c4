package main

import (
	"fmt"
	"sync"
)

// A channel with capacity 1 works as a lock: send to acquire, receive to
// release.
func main() {
	lock := make(chan struct{}, 1)
	count := 0
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				lock <- struct{}{}
				count++
				<-lock
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count, "lock free:", len(lock) == 0)
}
