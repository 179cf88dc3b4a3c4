package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan string)
	stop := context.AfterFunc(ctx, func() {
		ran <- "cleanup after cancel"
	})
	cancel()
	fmt.Println(<-ran)
	fmt.Println("stop after it ran:", stop())
}
