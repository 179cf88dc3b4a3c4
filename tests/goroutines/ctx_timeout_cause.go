package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("backend too slow")

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errSlow)
	defer cancel()
	<-ctx.Done()
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))

	ctx2, cancel2 := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println("cause without explicit cause:", context.Cause(ctx2))
}
