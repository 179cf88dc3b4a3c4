package main

import (
	"fmt"
	"sync"
)

// Readers hold the read lock at the same time: all three get in before
// any leaves, which would deadlock with a plain Mutex.
func main() {
	var rw sync.RWMutex
	var in sync.WaitGroup
	leave := make(chan struct{})
	var done sync.WaitGroup
	in.Add(3)
	done.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer done.Done()
			rw.RLock()
			in.Done()
			<-leave
			rw.RUnlock()
		}()
	}
	in.Wait()
	fmt.Println("three readers inside together")
	fmt.Println("writer can enter now:", rw.TryLock())
	close(leave)
	done.Wait()
	rw.Lock()
	fmt.Println("writer entered after readers left")
	rw.Unlock()
}
