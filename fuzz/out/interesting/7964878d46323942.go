package main

import "fmt"

func main() {
	x := 1
	s interface{}  := "s"*****
}
