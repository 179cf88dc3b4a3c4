package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"runtime"
	"time"
)

// The fix for leak 3: a buffer of one lets the late sender finish.
type result struct {
	record string
	err    error
}

func search(term string) (string, error) {
	time.Sleep(100 * time.Millisecond)
	return "some value", nil
}

func process(term string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	ch := make(chan result, 1)
	go func() {
		record, err := search(term)
		ch <- result{record, err} // never blocks
	}()
	select {
	case <-ctx.Done():
		return errors.New("search canceled")
	case r := <-ch:
		if r.err != nil {
			return r.err
		}
		fmt.Println("Received:", r.record)
		return nil
	}
}

func main() {
	log.SetFlags(0)
	startingGs := runtime.NumGoroutine()
	if err := process("gophers"); err != nil {
		log.Print(err)
	}
	time.Sleep(250 * time.Millisecond)
	endingGs := runtime.NumGoroutine()
	fmt.Println("========================================")
	fmt.Println("Number of goroutines before:", startingGs)
	fmt.Println("Number of goroutines after :", endingGs)
	fmt.Println("Number of goroutines leaked:", endingGs-startingGs)
}
