// Racy: goroutines write one map without a lock. Go stops such a program
// with "fatal error: concurrent map writes" when it catches two writes at
// once (it usually does); when it does not, the program prints 100.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200000; i++ {
				m[i%100] = g
				_ = m[(i+1)%100]
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(m))
}
