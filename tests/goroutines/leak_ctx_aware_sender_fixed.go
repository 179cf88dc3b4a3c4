package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// Another fix for leak 3: the sender also selects on ctx.Done().
func process(ctx context.Context) (string, error) {
	ch := make(chan string)
	go func() {
		time.Sleep(100 * time.Millisecond)
		select {
		case ch <- "some value":
		case <-ctx.Done():
		}
	}()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case r := <-ch:
		return r, nil
	}
}

func main() {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := process(ctx)
	fmt.Println("process:", err)
	time.Sleep(250 * time.Millisecond)
	fmt.Println("Number of goroutines leaked:", runtime.NumGoroutine()-before)
}
