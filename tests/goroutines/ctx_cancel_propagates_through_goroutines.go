package main

import (
	"context"
	"fmt"
	"sync"
)

// A request fans out to sub-requests, each with its own child context;
// one cancel at the top stops them all.
func sub(ctx context.Context, depth int, wg *sync.WaitGroup, count *int, mu *sync.Mutex) {
	defer wg.Done()
	if depth > 0 {
		for i := 0; i < 2; i++ {
			child, cancel := context.WithCancel(ctx)
			defer cancel()
			wg.Add(1)
			go sub(child, depth-1, wg, count, mu)
		}
	}
	<-ctx.Done()
	mu.Lock()
	*count++
	mu.Unlock()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	wg.Add(1)
	go sub(ctx, 3, &wg, &count, &mu)
	cancel()
	wg.Wait()
	fmt.Println("goroutines that saw cancel:", count)
}
