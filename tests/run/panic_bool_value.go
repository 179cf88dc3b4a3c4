package main

import "fmt"

func check(ok bool) {
	if !ok {
		panic(ok)
	}
	fmt.Println("ok")
}

func main() {
	check(true)
	check(false)
}
