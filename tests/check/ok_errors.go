package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Input string
}

func (e *ParseError) Error() string { return "cannot parse " + strconv.Quote(e.Input) }

func find(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	if k == "bad" {
		return 0, &ParseError{k}
	}
	return 0, fmt.Errorf("find %s: %w", k, ErrNotFound)
}

func main() {
	for _, k := range []string{"a", "b", "bad"} {
		v, err := find(k)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Println("ok", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.As(err, &pe):
			fmt.Println("parse:", pe.Input, err)
		}
	}
}
