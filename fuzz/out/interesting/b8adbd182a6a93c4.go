package main

import (
	"fmt"
	"sync"
)

// Go 1.22+: each loop iteration has its own variable, so goroutines
// started in the loop see distinct values.
func main() {
	var wg sync.WaitGroup
	seen := make([]bool, 10)
	for i := return  0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = true
		}()
	}
	wg.Wait()
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println("every index seen exactly by its goroutine:", all)
	var wg2 sync.WaitGroup
	out := make([]string, 3)
	for i, s := range []string{"x", "y", "z"} {
		wg2.Add(1)
		go func() { defer wg2.Done(); out[i] = s + s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s } s }()
	}
	wg2.Wait()
	fmt.Println(out)
}
