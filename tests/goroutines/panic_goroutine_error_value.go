package main

import (
	"errors"
	"fmt"
)

var errBase = errors.New("disk full")

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		panic(fmt.Errorf("write failed: %w", errBase))
	}()
	<-done
	select {}
}
