package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	defer func() {
		fmt.Println("closure defer")
	}()
	fmt.Println("body")
	nested()
	fmt.Println("after nested")
}

func nested() {
	defer fmt.Println("nested 1")
	defer fmt.Println("nested 2")
	fmt.Println("in nested")
}
