package main

import (
	"fmt"
	"sync"
)

// One goroutine per output row.
func main() {
	const n = 4
	var a, b, c [n][n]int
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i][j] = i + j
			b[i][j] = i - j
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < n; j++ {
				s := 0
				for k := 0; k < n; k++ {
					s += a[i][k] * b[k][j]
				}
				c[i][j] = s
			}
		}()
	}
	wg.Wait()
	for _, row := range c {
		fmt.Println(row)
	}
}
