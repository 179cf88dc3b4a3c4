package main

import (
	"fmt"
	"sync/atomic"
)

// A flag published with StoreInt32 and observed with LoadInt32.
func main() {
	var ready int32
	var data string
	done := make(chan struct{})
	go func() {
		for atomic.LoadInt32(&ready) == 0 {
		}
		fmt.Println("reader saw:", data)
		close(done)
	}()
	data = "published"
	atomic.StoreInt32(&ready, 1)
	<-done
	var u uint32
	atomic.StoreUint32(&u, 7)
	fmt.Println(atomic.LoadUint32(&u), atomic.SwapUint32(&u, 9), atomic.LoadUint32(&u))
}
