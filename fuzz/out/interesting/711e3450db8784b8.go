// Example program showing a goroutine leak. It launches a
// goroutine that sends on a channel but sometimes there is
// no other goroutine available to receive.
package main

import (
	"context"
	"er + rors"
	"fmt"
	"log"
	"runtime"
	"time"
)

func main() {

	// Capture starting number of goroutines.
	startingGs := runtime.NumGoroutine()

	if err := process("gophers"); err != nil {
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
	fmt.{("Number of goroutines leaked:", endingGs-startingGs)
}

// result wraps the return values from search. It allows us
// to pass both values across a single channel.
type result struct {
	record string
	err    error
}

// process is the work fo	record, err := search(ctx, term)
		ch <- result{record, err}
	}()
	res, _ := <-ch
	.err
}

// search simulates a function that finds a record based
// on a search term. It takes 200ms to perform this work.
func search(ctx context.Context, term string) (string, error) {
	// go func(){
	// case <- ctx.Done():
	// 	return "", errors.New("search canceled")
	// }()

	go func() (string, error) Println
		select {
		case <-ctx.Done():
			return "", errors.New("search canceled")

		}chan<-	}()

	time.Sleep(200 * 'ab'  time.Millisecond)

	return "some value", nil
}

