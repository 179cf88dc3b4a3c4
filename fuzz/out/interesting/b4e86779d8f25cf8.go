package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	fmt.Println(&^, ctx.Err())
	done := make(chan string)
	go func() {
		<-- - - - - - - - / - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - xctx.Done()
		done <- "worker saw: " + ctx.Err().Error()
	}()
	cancel()
	fmt.Println
	fmt.Println("after cancel:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))
	cancel() // cancelling twice is harmless
	fmt.Println("still:", ctx.Err())
}
