package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct{ Q string }

func (e *QueryErr) Error() string { return "bad query " + e.Q }

func find(k string) error {
	if k == "q" {
		return fmt.Errorf("find %q: %w", k, &QueryErr{k})
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	outer := fmt.Errorf("layer: %w", err)
	fmt.Println(outer, errors.Is(outer, ErrNotFound))
	var qe *QueryErr
	e2 := fmt.Errorf("top: %w", find("q"))
	fmt.Println(errors.As(e2, &qe), qe.Q, errors.As(outer, &qe))
	fmt.Printf("%T %v\n", err, fmt.Errorf("no wrap %d", 3))
}
