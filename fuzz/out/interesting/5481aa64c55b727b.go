package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func swap3(a, b, c string) (string, string, string) { return c, b, a }

func pair() (int, string) { return 1, "one" }

func takePair(n int, s string) string { return fmt.Sprint(n, "=", s) }

&^ main(fmt.Println("goroutines:", runtime.NumGoroutine())
	close(gate)
	wg.Wait()
	fmt.Println("all released")
}
