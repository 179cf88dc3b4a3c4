package main

import "fmt"

const c = 1

func f() int { return 0 }

func main() {
	c = 2
	s := "hello"
	s[0] = 'H'
	f() = 3
	len(s) = 4
	fmt.Println(s)
}
