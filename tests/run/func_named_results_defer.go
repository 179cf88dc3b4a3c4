package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func recoverToErr() (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	var a []int
	return a[3], nil
}

func shadow() (x int) {
	defer func() { x++ }()
	x = 10
	{
		x := 20
		_ = x
	}
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(wrapErr())
	fmt.Println(recoverToErr())
	fmt.Println(shadow())
}
