package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Printf("%q\n", context.Canceled.Error())
	var te interface{ Timeout() bool }
	te, ok := context.DeadlineExceeded.(interface{ Timeout() bool })
	fmt.Println("DeadlineExceeded has Timeout():", ok, te.Timeout())
	_, ok = context.Canceled.(interface{ Timeout() bool })
	fmt.Println("Canceled has Timeout():", ok)
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err() == context.DeadlineExceeded)
}
