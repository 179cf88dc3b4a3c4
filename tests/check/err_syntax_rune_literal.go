package main

import "fmt"

func main() {
	r := 'ab'
	e := ''
	fmt.Println(r, e)
}
