package main

import (
	"fmt"
	"sync"
)

func main() {
	queue := make(chan int, 8)
	var prodWG, consWG sync.WaitGroup
	for p := 0; p < 3; p++ {
		prodWG.Add(1)
		go func() {
			defer prodWG.Done()
			for i := 1; i <= 100; i++ {
				queue <- p*1000 + i
			}
		}()
	}
	var mu sync.Mutex
	consumed, total := 0, 0
	for c := 0; c < 4; c++ {
		consWG.Add(1)
		go func() {
			defer consWG.Done()
			for v := range queue {
				mu.Lock()
				consumed++
				total += v
				mu.Unlock()
			}
		}()
	}
	prodWG.Wait()
	close(queue)
	consWG.Wait()
	fmt.Println("consumed:", consumed, "total:", total)
}
