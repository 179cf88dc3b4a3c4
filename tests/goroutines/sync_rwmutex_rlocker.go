package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var l sync.Locker = rw.RLocker()
	l.Lock()
	l.Lock() // two read locks at once are fine
	fmt.Println("two read locks via RLocker; TryLock:", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("after unlocking; TryLock:", rw.TryLock())
	var m sync.Locker = &sync.Mutex{}
	m.Lock()
	m.Unlock()
	fmt.Printf("%T %T\n", l, m)
}
