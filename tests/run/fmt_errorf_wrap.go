package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("key")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	outer := fmt.Errorf("layer2: %w", err)
	fmt.Println(outer, errors.Is(outer, ErrNotFound))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain))
	multi := fmt.Errorf("a: %w, b: %w", ErrNotFound, errors.New("other"))
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Unwrap(multi))
	bad := fmt.Errorf("bad %w", "not an error")
	fmt.Println(bad)
	fmt.Println(fmt.Errorf("num %d", 5))
	fmt.Printf("%T %T\n", err, fmt.Errorf("x"))
}
