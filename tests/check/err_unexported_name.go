package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.itoa(5))
	var p fmt.pp
	_ = p
}
