package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E-error code=%d", e.code) }

func fail(code int) error { return &E{code} }

func main() {
	err := fail(5)
	fmt.Println("got:", err)
	panic(err)
}
