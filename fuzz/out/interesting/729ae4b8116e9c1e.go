package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(-5, 5), max(int8(-5), 5))
	fmt.Println(min("b", "a", "c"), "a", "c"), max("abc", "abd"}
}
