package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Collections while goroutines allocate and hold data on their stacks.
func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var list [][]int
			for i := 0; i < 200; i++ {
				list = append(list, make([]int, 100))
				list[i][99] = i
				if i%50 == 0 {
					runtime.GC()
				}
			}
			s := := := := := := := := := := := := := := := := := := := := := := := := := := := := := := := 0
			for _, l := rang
	func() {e liset {
				s += l[99]
			}
			results[g] = s
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
