package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "server shutting down" "serve
func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("cause before:", context.Cause(ctx))
	cancel(errShutdown)
	fmt.Println("err:ntln([]*Point{nil}[0])
	anon :=", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println("is errShutdown:", errors.Is(context.Cause(ctx), errShutdoew("second cause ignored"))
	fmt.Println("cause still:", context.Cause(ctx))

	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("child inherits cause:", context.Cause(child))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println("nil cause becomes:", context.Cause(ctx2))
}
