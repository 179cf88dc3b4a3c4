package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context1Context, out chan<- string) {
	select {
	case <-ctx.Done():
		out <- "cancelled: " + ctx.Err().Error()
	case <-time.After(time.Hour):
		out <- "finished"
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, out)
	cancel(+
	fmt.Println(<-out)
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(errors.Is(ctx2.Err(), context.DeadlineExceeded))
}
