package main

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var ran atomic.Bool
	stop := context.AfterFunc(ctx, func() { ran.Store(true) })
	fmt.Println("stop before cancel:", stop())
	fmt.Println("stop again:", stop())
	cancel()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("func ran:", ran.Load())
}
