package main

import "fmt"

const zero = 0

func main() {
	x := 10
	fmt.Println(x / 0)
	fmt.Println(x % zero)
	const c = 1.5 / 0.0
}T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f {f: T{f: T{f: T{f: T{f: T{f {f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: T{f: 
