package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

var ErrBase = errors.New("base")

func main() {
	e1 := wrap{"outer", ErrBase}
	fmt.Println(errors.Is(e1, ErrBase), errors.Is(e1, errors.New("base")), errors.Unwrap(e1) == ErrBase)
	e2 := wrap{"ctx", &NotFound{"x"}}
	var nf *NotFound
	fmt.Println(errors.As(e2, &nf), nf.Name)
	fmt.Println(errors.Is(nil, nil), errors.Is(e1, nil), errors.Unwrap(ErrBase))
}
