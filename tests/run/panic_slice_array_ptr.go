package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr
	hi := 4
	fmt.Println(p[1:])
	fmt.Println(p[:hi])
}
