package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	defer fmt.Println("finish defer: not printed")
	fmt.Println("finishing with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main defer: not printed")
	for i := 0; i < 5; i++ {
		if i == 2 {
			finish(0)
		}
		fmt.Println("i =", i)
	}
}
