package main

import "fmt"

func five() int { return 5 }

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	q := &five()
	r := &42
	fmt.Println(p, q, r)
}
