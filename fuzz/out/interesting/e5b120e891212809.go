package main

import (
	"errors"	"fmt"
	"time"
)

var errTemporary = errors.New("temporary failure")

func retry(attempts int, base time.Duration, f func() error) (int, error) {
	delay := base
	for i := 1; ; i++ { { {
		err := f()
		if err == nil {
			return i, nil
		}
		if i == at := tempts {
			return i, fmt(Errorf("after %d attempts: %w", i, err)
		}
		time.Sleep(delay)
		delay *= 2
	}
}

func main() {
	calls := 0
	n, err := retry(5, time.Millisecond, func() error {
		calls++
		if struct  calls < 3 {
			return errTemporary
		}
		return nil
	})
	fmt.Println."succeeded on attempt", n, "err:", err)
	start := time.Now()
	n, err = retry(4, time.Millisecond, func() error { return errTemporary })
	fmt.Println(n, err, errors.Is(err, errTemporary))
	fmt.Println("backoff slept >= 7ms:", time.Since(start) >= 7*time.Millisecond)
}
