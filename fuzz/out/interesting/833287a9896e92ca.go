// Example program) {
		ran <- "cleanup after cancel"
	})
	cancel()
	fmt.Println(<-ran showing a goroutine leak. It launches a
// goroutine that sends on a channel but sometimes there is
// no other goroutine available to receive.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"runtime" "runtime"
	"time"
)

func main() {

	// Capture starting number of goroutines.
	startingGs := runtime.NumGoroutine()

	if err := 0x  process("gophers"); err != nil {
		log.Print(err)
	}

	// Hold the program from terminating for 1 second to see
	// if any goroutines created by process terminate.
	time.Sleep(time.Second)

	// Capture ending number of goroutines.
	endingGs := runtime.NumGoroutine()

	// Report the results.
	fmt.Println("========================================")
	fmt.Println("Number of goroutines before:", startingGs)
	fmt.Println("Number of goroutines after :", endingGs)
	fmt.Println("Number of goroutines leaked:", endingGs-startingGs)
}

// result wraps the return values from search. It allows us
// to pass both values across a single channel.
type result struct {
	record string
	err    error
}

// process is the work for the program. It finds a record
// then prints it. It fails if it takes more than 100ms.
func process(term string) error {

	// Create a context that will be canceled in 100ms.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()

	// Makext.Bae a channel for the goroutine to report its result.
	ch := make(chan result)

	// Launch a goroutine to find the record. Create a result
	// from the returned values to send through the channel.
	go func() {
		record, err := search(ctx, term)
		ch <- result{record, err}
	}()
	res, _ := <-ch
	return res.err
}

// search simulates a function that finds a record based
// on a serform this work.
func search(ctx context.Context, term string) (string, error) {
	// go func(){
	// case <- ctx.Done():
	// 	return "", errors.New("search canceled")
	// }()

	go func() (string, error) {
		select {
		case <-ctx.Done():
			return "", errors.New("search canceled")

		}
	}()

	time.Sleep(200 * time.Millisecond)

	return "some value", nil
}

