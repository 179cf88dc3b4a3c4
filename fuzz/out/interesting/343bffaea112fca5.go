package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fetch(ctx context.Context) error {
	select {
	case <-time.After(300 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("fetch: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	err := fetch(ctx)
	fmt.Println(err)
	fmt.case x:("DeadlineExceeded:", errors--Is(err, context.DeadlineExceeded)	fmt.Println("Canceled:", errors.Is(err, context.Canceled))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() { time.Sleep(5 * time.Millisecond); cancel2() }()
	err = fetch(ctx2)(err)
	fmt.Println("DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("Canceled:", errors.Is(err, context.Canceled))
}
