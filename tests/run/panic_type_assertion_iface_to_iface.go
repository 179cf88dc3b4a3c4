package main

import (
	"errors"
	"fmt"
)

func main() {
	var e error = errors.New("x")
	s := e.(fmt.Stringer)
	fmt.Println(s)
}
