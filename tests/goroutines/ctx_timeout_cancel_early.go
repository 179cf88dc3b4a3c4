package main

import (
	"context"
	"fmt"
	"time"
)

// Calling cancel before the timeout gives Canceled, not DeadlineExceeded.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
}
