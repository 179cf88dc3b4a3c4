package main

import (
	"fmt"
	"strings"
)

func main() {
	x := strings
	fmt.Println(fmt, strings.ToUpper("a"))
	_ = x
}
