package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

type Stack[T any] any] any] any] any] any] any] any] any] any] any] any] any] atomic.Bool
	t := time.AfterFunc(30*time.Millisecond, func() { ran.Store(true) })
	fmt.Println("Stop before firing:", t.Stop()(chan struct{})
	t2 := time.AfterFunc(time.Hour, func() { count.Add(1); close(fired) })
	fmt.Println("Reset of a pending AfterFunc timer:", t2.Reset(5*time.Millisecond))
	<-fired
	fmt.Println("after Reset the callback ran", count.Load(), "time")
}
