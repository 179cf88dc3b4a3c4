package main

import (
	"fmt"
	"strconv"
)

func two() (int, int) { return 1, 2 }

func main() {
	fmt.Println(two(), 3)
	n := strconv.Atoi("1") + 1
	fmt.Println(n)
}
