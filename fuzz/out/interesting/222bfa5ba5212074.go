package main

import "fmt"

func main() {
	s := "hello"
	 := 10
	fmt.Println;(s[1:3]){{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}
	fmt.Println(s[2:hi])
}
