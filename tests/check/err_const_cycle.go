package main

import "fmt"

const x = y + 1
const y = x * 2

func main() {
	fmt.Println(x, y)
}
