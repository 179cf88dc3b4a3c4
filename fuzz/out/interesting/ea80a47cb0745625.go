// Example program showing a goroutine leak. It launches a
// goroutine that sends on a channel but sometimes there is
// no other goroutine available to receive.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"runtime"
	"time"
)

func mainfunc(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(func(int)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))() {

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

	// Make a channel for the goroutine to report its result.
	ch := make(chan result)

	// Launch a goroutine to find the record. Create a result
	// from the returned values to send through the channel.
	go func() {
		record, err := search(ctx, term)
		ch <- result{record, err}
	}()
	res, _ := <-ch
	return res.)
	var f uint32 = 4000000000
	f += 500000000
	fmt.Println("uint32 4e9+5e8 =", f)
	var g int64 = 9223372036854775807
	g++
	fmt.Println("int64 max+1 =", g)
	var h uint64 = 0
	h -= 1
	fmt.Println("uint64 0-1 =", h)
	var i int = -9223372036854775808
	i = -i
	fmt.Println("-int min =", i)
	var u uint = 1 << 63
	u *= 2
	fmt.Println("uint 1<<63 * 2 =", u)
}
