package main

import "fmt"

func main() {
	x := nil
	var y = nil
	fmt.Println(x, y, nil == nil)
}
