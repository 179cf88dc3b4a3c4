package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("-300", 10, 8)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
}
