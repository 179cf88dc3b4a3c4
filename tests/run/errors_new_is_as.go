package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type PtrErr struct{ Msg string }

func (e *PtrErr) Error() string { return "ptr: " + e.Msg }

func main() {
	e1 := errors.New("a failed")
	fmt.Println(e1 == ErrA, errors.Is(e1, ErrA), errors.Is(ErrA, ErrA))
	wrapped := fmt.Errorf("ctx: %w", CodeErr{404})
	var ce CodeErr
	fmt.Println(errors.As(wrapped, &ce), ce.Code)
	var pe *PtrErr
	fmt.Println(errors.As(wrapped, &pe), pe == nil)
	w2 := fmt.Errorf("outer: %w", &PtrErr{"deep"})
	fmt.Println(errors.As(w2, &pe), pe.Msg)
	fmt.Println(errors.Is(wrapped, CodeErr{404}), errors.Is(wrapped, CodeErr{500}))
	fmt.Println(errors.Is(nil, ErrA), errors.Is(nil, nil), errors.Unwrap(nil))
	var target interface{ Error() string }
	fmt.Println(errors.As(w2, &target), target)
}
