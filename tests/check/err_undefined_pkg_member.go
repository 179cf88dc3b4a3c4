package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printn("typo")
	_ = strings.NoSuchFunc
}
