package main

import (
	"fmt"
	"sync"
)

type acc struct {
	mu  sync.Mutex
	sum int
}

func (a *acc) add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

// go accepts method calls, method values and builtin-free function calls;
// arguments are evaluated in the calling goroutine.
func main() {
	a := &acc{}
	var wg sync.WaitGroup
	x := 1
	wg.Add(3)
	go a.add(x, &wg)
	x = 100 // does not affect the first call: its argument was already evaluated
	f := a.add
	go f(x, &wg)
	go (*acc).add(a, 1000, &wg)
	wg.Wait()
	fmt.Println(a.sum)
}
