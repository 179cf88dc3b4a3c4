package main

import "fmt"

func main() {
	fmt.Println(uint8(256))
	fmt.Println(int8(-200), uint(-1))
}
