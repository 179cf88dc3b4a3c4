package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.buf)
	b.grow(10)
	r := strings.NewReader("x")
	fmt.Println(r.i)
}
