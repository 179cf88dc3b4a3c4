package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ran atomic.Bool
	t := time.AfterFunc(30*time.Millisecond, func() { ran.Store(true) })
	fmt.Println("Stop before firing:", t.Stop())
	time.Sleep(60 * time.Millisecond)
	fmt.Println("callback ran:", ran.Load())

	var count atomic.Int32
	fired := make(chan struct{})
	t2 := time.AfterFunc(time.Hour, func() { count.Add(1); close(fired) })
	fmt.Println("Reset of a pending AfterFunc timer:", t2.Reset(5*time.Millisecond))
	<-fired
	fmt.Println("after Reset the callback ran", count.Load(), "time")
}
