package main

import "fmt"

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	type int = string
	var s int = "int is a string here"
	fmt.Println(s)
	nil := 7
	fmt.Println(nil + 1)
}
