package main

import "fmt"

func main() {
	f := 2.0
	var i int = f
	var u uint = i
	var r rune = 'a'
	var b byte = r
	fmt.Println(i, u, b)
}
