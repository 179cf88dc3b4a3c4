package main

import "fmt"

func main() {
	var s uint = 3
	var f float32 = 1<<s + 0.5
	fmt.Println(f)
}
