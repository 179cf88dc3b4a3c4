package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["s"] = 2
	fmt.Println(len(m))
	m[map[string]int{}] = 3
}
