package main

import (
	"fmt"
	"sync"
)

// Five philosophers, forks taken in a global order: no deadlock.
func main() {
	const n, meals = 5, 20
	forks := make([]sync.Mutex, n)
	eaten := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := p, (p+1)%n
			if left > right {
				left, right = right, left
			}
			for m := 0; m < meals; m++ {
				forks[left].Lock()
				forks[right].Lock()
				eaten[p]++
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("meals eaten:", eaten)
}
