package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for s := 0; s < 10; s++ {
		wg.Add(1)
		go func(base int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				ch <- base*100 + i
			}
		}(s)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	count, sum := 0, 0
	for v := range ch {
		count++
		sum += v
	}
	fmt.Println("count:", count, "sum:", sum)
}
