package main

import "fmt"

func main() {
	fmt.Println(int8(-128) / -1)
}
