package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nonexistent")
	_, ok = m["one"]
	fmt.Println(ok, len(m))
	fmt.Println(m)
	m["two"] = 22
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	for k := range nm {
		fmt.Println(k)
	}
	if _, ok := nm["x"]; !ok {
		fmt.Println("not in nil map")
	}
}
