package main

import (
	"errors"
	"fmt"
)

var (
	errA = errors.New("a failed")
	errB = errors.New("b failed")
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func main() {
	joined := errors.Join(errA, errB)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, errB))
	wrapped := fmt.Errorf("outer: %w", codeErr{7})
	var ce codeErr
	fmt.Println(errors.As(wrapped, &ce), ce.code)
	fmt.Println(errors.Unwrap(wrapped) == codeErr{7})
	fmt.Println(errors.Unwrap(errA) == nil)
}
