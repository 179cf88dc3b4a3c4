package main

import "fmt"

func main() {
	fmt.Println(int(3.99))
	var i int = 2.5
	fmt.Println(i)
}
