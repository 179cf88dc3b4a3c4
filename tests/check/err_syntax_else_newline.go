package main

import "fmt"

func main() {
	if true {
		fmt.Println("a")
	}
	else {
		fmt.Println("b")
	}
}
