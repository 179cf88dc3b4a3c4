package main

import (
	"context"
	"fmt"
)

// AfterFunc on an already-cancelled context runs f right away (in its
// own goroutine).
func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	done := make(chan struct{})
	context.AfterFunc(ctx, func() {
		fmt.Println("ran immediately; ctx err:", ctx.Err())
		close(done)
	})
	<-done
}
