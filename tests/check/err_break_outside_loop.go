package main

import "fmt"

func main() {
	fmt.Println("a")
	break
	if true {
		continue
	}
}
