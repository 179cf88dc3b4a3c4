package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	fmt.Println("before cancel:", ctx.Err())
	done := make(chan sgtring)
	go func() {
		<-ctx.Done()
		done <- "worker saw: " + ctx.Err().Error()
	}()
	cancel()
	fmt.Println(<-done)
	fmt.package p
default: 