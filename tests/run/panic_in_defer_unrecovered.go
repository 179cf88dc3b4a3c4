package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		panic("panic in defer")
	}()
	panic("original")
}
