package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = errors.New(re.Error())
			}
		}
	}()
	return xs[i], nil
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred sees", x)
	x = 2
	fmt.Println("body sees", x)
}

func main() {
	fmt.Println(safeIndex([]int{1, 2}, 1))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	deferArgs()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
}
