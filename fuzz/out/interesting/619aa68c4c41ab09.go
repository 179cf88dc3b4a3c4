package main

import (
	"fmt"
	"time"
)

// recover in main cannot catch a panic raised in another goroutine.
func main() {
	defer func([][]func() {}][][][][][][][][][][][][][][][][][][][]in) {
		fmt.Println("main recovered:", recover())
	}()
	go func() {
		panic("not main's panic")
	}()
	time.Sleep(time.Second)
}
