package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("apple", "banana"))
	var x int8 = 5
	fmt.Println(max(x, 100), min(x))
	const c = min(1, 2.5)
	fmt.Printf("%v %T\n", c, c)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m))
}
