package main

import "fmt"

func f() int { return 1 }

var v = 2

const a = f()
const b = v + 1
const c = []int{1}

func main() {
	fmt.Println(a, b, c)
}
