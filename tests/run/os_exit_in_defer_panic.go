package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		os.Exit(7)
	}()
	panic("going down")
}
