package main

import "fmt"

func main() {
	fmt.Println("a")
	/* this comment never ends
}
